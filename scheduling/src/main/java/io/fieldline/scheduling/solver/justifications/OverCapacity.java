package io.fieldline.scheduling.solver.justifications;

import io.fieldline.scheduling.domain.TechnicianShift;

/** A route whose total demand exceeds the van's capacity. */
public record OverCapacity(String shiftId, long demand, long capacity)
    implements ShiftJustification {

  public static OverCapacity of(TechnicianShift shift) {
    return new OverCapacity(shift.getId(), shift.getTotalDemand(), shift.getCapacity());
  }
}
