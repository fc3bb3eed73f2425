package io.fieldline.scheduling.solver.justifications;

import io.fieldline.scheduling.domain.TechnicianShift;

/**
 * A technician back later than allowed: past the hard end (shift end constraint) or past the
 * planned end (overtime).
 */
public record ShiftOverrun(String shiftId, String technicianId, long returnTime, long seconds)
    implements ShiftJustification {

  /** Return past the planned end plus allowed overtime. */
  public static ShiftOverrun pastHardEnd(TechnicianShift shift) {
    return new ShiftOverrun(
        shift.getId(),
        shift.getTechnician().id(),
        shift.getReturnTime(),
        shift.getReturnTime() - shift.getHardEnd());
  }

  /** Return past the planned end. */
  public static ShiftOverrun overtime(TechnicianShift shift) {
    return new ShiftOverrun(
        shift.getId(),
        shift.getTechnician().id(),
        shift.getReturnTime(),
        shift.getReturnTime() - shift.getEnd());
  }
}
