package io.fieldline.backend.service.graphql.view;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A skill at a level (1-5): held by a technician, or needed by a job at least. */
@Type("SkillLevel")
public record SkillLevelView(@NonNull String skillCode, @NonNull String skillName, int level) {}
