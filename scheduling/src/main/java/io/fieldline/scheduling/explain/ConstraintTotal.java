package io.fieldline.scheduling.explain;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** One constraint's total impact on a plan and how many matches produced it. */
public record ConstraintTotal(String constraintId, HardMediumSoftLongScore score, int matches) {}
