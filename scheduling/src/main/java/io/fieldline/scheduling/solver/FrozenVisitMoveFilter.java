package io.fieldline.scheduling.solver;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import java.util.Collection;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.list.SubList;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListChangeMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListSwapMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.SubListChangeMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.SubListSwapMove;

/**
 * Rejects every move that would take a pinned visit out of its route (OptaPlanner 10's list
 * variable has no pinning). Moves within a route may reorder around it; the hard frozen-visit
 * constraint is the safety net. Moves of unknown shape spanning several routes that hold a pinned
 * visit are rejected outright.
 */
public class FrozenVisitMoveFilter implements SelectionFilter<DispatchPlan, Move<DispatchPlan>> {

  @Override
  public boolean accept(ScoreDirector<DispatchPlan> director, Move<DispatchPlan> move) {
    if (move instanceof ListChangeMove<DispatchPlan> change) {
      return change.getSourceEntity() == change.getDestinationEntity()
          || !((Visit) change.getMovedValue()).isPinned();
    }
    if (move instanceof ListSwapMove<DispatchPlan> swap) {
      return swap.getLeftEntity() == swap.getRightEntity()
          || (!((Visit) swap.getLeftValue()).isPinned()
              && !((Visit) swap.getRightValue()).isPinned());
    }
    if (move instanceof SubListChangeMove<DispatchPlan> change) {
      return change.getSourceEntity() == change.getDestinationEntity()
          || !containsPinned(
              (TechnicianShift) change.getSourceEntity(),
              change.getFromIndex(),
              change.getToIndex());
    }
    if (move instanceof SubListSwapMove<DispatchPlan> swap) {
      SubList left = swap.getLeftSubList();
      SubList right = swap.getRightSubList();
      return left.getEntity() == right.getEntity()
          || (!containsPinned(left) && !containsPinned(right));
    }
    Collection<?> entities = move.getPlanningEntities();
    if (entities.size() <= 1) {
      return true;
    }
    for (Object entity : entities) {
      if (entity instanceof TechnicianShift shift
          && containsPinned(shift, 0, shift.getVisits().size())) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsPinned(SubList subList) {
    return containsPinned(
        (TechnicianShift) subList.getEntity(), subList.getFromIndex(), subList.getToIndex());
  }

  private static boolean containsPinned(TechnicianShift shift, int from, int to) {
    for (int i = from; i < to; i++) {
      if (shift.getVisits().get(i).isPinned()) {
        return true;
      }
    }
    return false;
  }
}
