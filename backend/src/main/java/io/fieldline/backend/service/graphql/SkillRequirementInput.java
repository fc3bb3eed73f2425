package io.fieldline.backend.service.graphql;

import io.fieldline.backend.service.SkillRequirement;
import java.util.List;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A skill a job needs, at least at {@code minLevel} (1-5). */
@Input("SkillRequirementInput")
public record SkillRequirementInput(@NonNull String skillCode, int minLevel) {

  static List<SkillRequirement> toRequirements(List<SkillRequirementInput> inputs) {
    return inputs == null
        ? List.of()
        : inputs.stream().map(i -> new SkillRequirement(i.skillCode(), i.minLevel())).toList();
  }
}
