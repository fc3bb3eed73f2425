package io.fieldline.scheduling.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import io.fieldline.scheduling.domain.Eligibility;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.solver.justifications.FrozenVisitMoved;
import io.fieldline.scheduling.solver.justifications.LateStart;
import io.fieldline.scheduling.solver.justifications.MissingSkills;
import io.fieldline.scheduling.solver.justifications.NotPreferredTechnician;
import io.fieldline.scheduling.solver.justifications.OutsideTerritory;
import io.fieldline.scheduling.solver.justifications.OverCapacity;
import io.fieldline.scheduling.solver.justifications.PromiseBroken;
import io.fieldline.scheduling.solver.justifications.ShiftOverrun;
import io.fieldline.scheduling.solver.justifications.SlaMissed;
import io.fieldline.scheduling.solver.justifications.TechnicianChanged;
import io.fieldline.scheduling.solver.justifications.TravelLeg;
import io.fieldline.scheduling.solver.justifications.UnassignedVisit;
import io.fieldline.scheduling.solver.justifications.WorkloadImbalance;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/**
 * Field-service dispatch rules. Hard: who may do the work and when; medium: leave nothing
 * unassigned, by priority; soft (in travel-second equivalents): travel, SLA, preferences,
 * disruption of what was communicated, fairness, overtime. Weights are the constants below.
 */
public class DispatchConstraintProvider implements ConstraintProvider {

  /** Hard penalty for one committed visit away from its technician; dwarfs any lateness. */
  static final long FROZEN_VISIT_WEIGHT = 1_000_000L;

  static final long SLA_SECOND_WEIGHT = 5L;
  static final long PREFERRED_TECHNICIAN_WEIGHT = 900L;
  static final long TECHNICIAN_CHANGED_WEIGHT = 3_600L;
  static final long PROMISE_BROKEN_WEIGHT = 1_800L;
  static final long OVERTIME_SECOND_WEIGHT = 2L;

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      requiredSkills(factory),
      territory(factory),
      timeWindow(factory),
      shiftEnd(factory),
      capacity(factory),
      frozenVisitStays(factory),
      unassignedVisit(factory),
      travelTime(factory),
      slaLateness(factory),
      preferredTechnician(factory),
      technicianChanged(factory),
      promiseBroken(factory),
      workloadFairness(factory),
      overtime(factory)
    };
  }

  /** A technician must hold every skill a visit requires, at the required level or above. */
  public Constraint requiredSkills(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(
            visit ->
                visit.isAssigned()
                    && !Eligibility.hasSkills(visit.getShift().getTechnician(), visit))
        .penalizeLong(
            HardMediumSoftLongScore.ONE_HARD,
            visit -> Eligibility.missingSkills(visit.getShift().getTechnician(), visit).size())
        .justifyWith((visit, score) -> MissingSkills.of(visit))
        .asConstraint(ConstraintIds.REQUIRED_SKILLS);
  }

  /** A technician only works in their own territories. */
  public Constraint territory(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(
            visit ->
                visit.isAssigned()
                    && !visit.getShift().getTechnician().covers(visit.getTerritory()))
        .penalize(HardMediumSoftLongScore.ONE_HARD)
        .justifyWith((visit, score) -> OutsideTerritory.of(visit))
        .asConstraint(ConstraintIds.TERRITORY);
  }

  /** A service must start within one of the visit's time windows, per second late. */
  public Constraint timeWindow(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(visit -> visit.isAssigned() && visit.getWindowLateness() > 0)
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Visit::getWindowLateness)
        .justifyWith((visit, score) -> LateStart.of(visit))
        .asConstraint(ConstraintIds.TIME_WINDOW);
  }

  /** A technician must be back by the shift end plus allowed overtime, per second past it. */
  public Constraint shiftEnd(ConstraintFactory factory) {
    return factory
        .forEach(TechnicianShift.class)
        .filter(shift -> !shift.isUnassignedBucket() && shift.getReturnTime() > shift.getHardEnd())
        .penalizeLong(
            HardMediumSoftLongScore.ONE_HARD, shift -> shift.getReturnTime() - shift.getHardEnd())
        .justifyWith((shift, score) -> ShiftOverrun.pastHardEnd(shift))
        .asConstraint(ConstraintIds.SHIFT_END);
  }

  /** A route's total demand must fit the van's capacity, per unit over. */
  public Constraint capacity(ConstraintFactory factory) {
    return factory
        .forEach(TechnicianShift.class)
        .filter(shift -> shift.hasCapacityLimit() && shift.getTotalDemand() > shift.getCapacity())
        .penalizeLong(
            HardMediumSoftLongScore.ONE_HARD, shift -> shift.getTotalDemand() - shift.getCapacity())
        .justifyWith((shift, score) -> OverCapacity.of(shift))
        .asConstraint(ConstraintIds.CAPACITY);
  }

  /** A committed (pinned) visit stays with its published technician. */
  public Constraint frozenVisitStays(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(visit -> visit.isPinned() && !isWithPublishedTechnician(visit))
        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, visit -> FROZEN_VISIT_WEIGHT)
        .justifyWith((visit, score) -> FrozenVisitMoved.of(visit))
        .asConstraint(ConstraintIds.FROZEN_VISIT_STAYS);
  }

  /** Every visit should be assigned; an unassigned one costs its priority's weight. */
  public Constraint unassignedVisit(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(Visit::isInUnassignedBucket)
        .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, visit -> visit.getPriority().weight())
        .justifyWith((visit, score) -> UnassignedVisit.of(visit))
        .asConstraint(ConstraintIds.UNASSIGNED_VISIT);
  }

  /** Minimise driving: each second of travel, including the drive home, costs one. */
  public Constraint travelTime(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(Visit::isAssigned)
        .penalizeLong(
            HardMediumSoftLongScore.ONE_SOFT,
            visit -> visit.getTravelFromPrevious() + visit.getTravelToEnd())
        .justifyWith((visit, score) -> TravelLeg.of(visit))
        .asConstraint(ConstraintIds.TRAVEL_TIME);
  }

  /** A visit with an SLA should be finished by its due time, per second late. */
  public Constraint slaLateness(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(visit -> visit.isAssigned() && visit.getSlaLateness() > 0)
        .penalizeLong(
            HardMediumSoftLongScore.ONE_SOFT, visit -> visit.getSlaLateness() * SLA_SECOND_WEIGHT)
        .justifyWith((visit, score) -> SlaMissed.of(visit))
        .asConstraint(ConstraintIds.SLA_LATENESS);
  }

  /** A visit should go to the customer's preferred technician when there is one. */
  public Constraint preferredTechnician(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(visit -> visit.isAssigned() && visit.getPreferredTechnicianId() != null)
        .filter(
            visit ->
                !visit.getPreferredTechnicianId().equals(visit.getShift().getTechnician().id()))
        .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, visit -> PREFERRED_TECHNICIAN_WEIGHT)
        .justifyWith((visit, score) -> NotPreferredTechnician.of(visit))
        .asConstraint(ConstraintIds.PREFERRED_TECHNICIAN);
  }

  /** A published visit should keep the technician the customer was told about. */
  public Constraint technicianChanged(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(Visit::isTechnicianChanged)
        .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, visit -> TECHNICIAN_CHANGED_WEIGHT)
        .justifyWith((visit, score) -> TechnicianChanged.of(visit))
        .asConstraint(ConstraintIds.TECHNICIAN_CHANGED);
  }

  /** A published visit should start within its promised window; a breach costs more per second. */
  public Constraint promiseBroken(ConstraintFactory factory) {
    return factory
        .forEach(Visit.class)
        .filter(visit -> visit.getPromiseBreach() > 0)
        .penalizeLong(
            HardMediumSoftLongScore.ONE_SOFT,
            visit -> PROMISE_BROKEN_WEIGHT + visit.getPromiseBreach())
        .justifyWith((visit, score) -> PromiseBroken.of(visit))
        .asConstraint(ConstraintIds.PROMISE_BROKEN);
  }

  /** Work minutes should be balanced across a day's technicians: squared deviation from mean. */
  public Constraint workloadFairness(ConstraintFactory factory) {
    return factory
        .forEach(TechnicianShift.class)
        .filter(shift -> !shift.isUnassignedBucket())
        .groupBy(
            TechnicianShift::getDay,
            sumLong(shift -> workMinutes(shift) * workMinutes(shift)),
            sumLong(DispatchConstraintProvider::workMinutes),
            count())
        .filter(
            (day, squares, sum, count) ->
                WorkloadImbalance.squaredDeviation(squares, sum, count) > 0)
        .penalizeLong(
            HardMediumSoftLongScore.ONE_SOFT,
            (day, squares, sum, count) -> WorkloadImbalance.squaredDeviation(squares, sum, count))
        .justifyWith(
            (day, squares, sum, count, score) -> WorkloadImbalance.of(day, squares, sum, count))
        .indictWith((day, squares, sum, count) -> List.of(day))
        .asConstraint(ConstraintIds.WORKLOAD_FAIRNESS);
  }

  /** Returning after the planned shift end is overtime, per second. */
  public Constraint overtime(ConstraintFactory factory) {
    return factory
        .forEach(TechnicianShift.class)
        .filter(shift -> !shift.isUnassignedBucket() && shift.getReturnTime() > shift.getEnd())
        .penalizeLong(
            HardMediumSoftLongScore.ONE_SOFT,
            shift -> (shift.getReturnTime() - shift.getEnd()) * OVERTIME_SECOND_WEIGHT)
        .justifyWith((shift, score) -> ShiftOverrun.overtime(shift))
        .asConstraint(ConstraintIds.OVERTIME);
  }

  static long workMinutes(TechnicianShift shift) {
    return shift.getWorkSeconds() / 60;
  }

  private static boolean isWithPublishedTechnician(Visit visit) {
    return visit.isAssigned()
        && visit.getShift().getTechnician().id().equals(visit.getPublished().technicianId());
  }
}
