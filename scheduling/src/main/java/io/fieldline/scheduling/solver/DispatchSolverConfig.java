package io.fieldline.scheduling.solver;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionConfig;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionDistributionType;
import org.optaplanner.core.config.heuristic.selector.list.DestinationSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.list.SubListSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The solver configuration, tuned for routing: a plain construction heuristic (10.x's list variable
 * refuses an explicit type; its default is a queued value placer that inserts each visit at its
 * cheapest position, i.e. cheapest insertion), then late acceptance over nearby list change, swap,
 * sub-list change and swap (with reversing) and 2-opt moves, scored by Bavet constraint streams.
 * Dispatch moves sit behind the frozen-visit filter.
 *
 * <p>Tuned on Solomon R101, R105, R201, R205, RC101, RC105, RC201, RC205 with a fixed budget of
 * score calculations per solve (1.5 million, about 10-30 s on a loaded 2-core machine; seeds 0 and
 * 1), which makes runs comparable whatever the machine's load. Tried and kept out, each worse on
 * that budget: late acceptance 100, 400 and 1000 (400 wins on some seeds at 4 million, loses at 1.5
 * and 2.5 million); accepted count limit 2; step counting hill climbing 200; nearby size 20 (80 and
 * a linear distribution: no better); sub-lists up to 5 or 20 (no better); no k-opt; 3-opt; k-opt or
 * change moves weighted up. The same configuration serves every instance.
 */
public final class DispatchSolverConfig {

  /** Nearby moves pick destinations among roughly this many nearest (parabolic distribution). */
  static final int NEARBY_SIZE = 40;

  /** Late acceptance compares with the score this many steps ago. */
  static final int LATE_ACCEPTANCE_SIZE = 200;

  /** Take the first accepted move of each step: fast steps suit late acceptance. */
  static final int ACCEPTED_COUNT_LIMIT = 1;

  /** Longest sub-list moved or swapped at once. */
  static final int MAX_SUB_LIST_SIZE = 10;

  private DispatchSolverConfig() {}

  /** Field-service dispatch: every constraint of {@link DispatchConstraintProvider}. */
  public static SolverConfig forDispatch(SolverSettings settings) {
    return build(DispatchConstraintProvider.class, settings);
  }

  /** Distance-only routing with windows and capacity (the Solomon benchmark). */
  public static SolverConfig forRouting(SolverSettings settings) {
    return build(RoutingConstraintProvider.class, settings);
  }

  private static SolverConfig build(
      Class<? extends ConstraintProvider> provider, SolverSettings settings) {
    SolverConfig config =
        new SolverConfig()
            .withSolutionClass(DispatchPlan.class)
            .withEntityClasses(TechnicianShift.class, Visit.class)
            .withConstraintProviderClass(provider)
            .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
            .withPhases(
                new ConstructionHeuristicPhaseConfig(),
                localSearch(settings, provider == DispatchConstraintProvider.class))
            .withTerminationConfig(termination(settings));
    if (settings.randomSeed() != null) {
      config
          .withRandomSeed(settings.randomSeed())
          .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE);
    }
    if (settings.daemon()) {
      config.withDaemon(true);
    }
    return config;
  }

  private static LocalSearchPhaseConfig localSearch(SolverSettings settings, boolean pinning) {
    LocalSearchPhaseConfig phase =
        new LocalSearchPhaseConfig()
            .withMoveSelectorConfig(
                new UnionMoveSelectorConfig().withMoveSelectorList(moves(pinning)))
            .withAcceptorConfig(
                new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
            .withForagerConfig(
                new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_COUNT_LIMIT));
    if (settings.stepLimit() != null) {
      phase.setTerminationConfig(new TerminationConfig().withStepCountLimit(settings.stepLimit()));
    }
    return phase;
  }

  private static TerminationConfig termination(SolverSettings settings) {
    TerminationConfig termination = new TerminationConfig();
    if (settings.spentLimit() != null) {
      termination.setSpentLimit(settings.spentLimit());
    }
    if (settings.unimprovedLimit() != null) {
      termination.setUnimprovedSpentLimit(settings.unimprovedLimit());
    }
    return termination;
  }

  /** The move selectors; {@code pinning} filters moves of pinned visits (dispatch only). */
  private static List<MoveSelectorConfig> moves(boolean pinning) {
    List<MoveSelectorConfig> moves = new ArrayList<>();
    moves.add(
        new ListChangeMoveSelectorConfig()
            .withValueSelectorConfig(new ValueSelectorConfig().withId("change"))
            .withDestinationSelectorConfig(
                new DestinationSelectorConfig()
                    .withNearbySelectionConfig(
                        nearby().withOriginValueSelectorConfig(mimic("change")))));
    moves.add(
        new ListSwapMoveSelectorConfig()
            .withValueSelectorConfig(new ValueSelectorConfig().withId("swap"))
            .withSecondaryValueSelectorConfig(
                new ValueSelectorConfig()
                    .withNearbySelectionConfig(
                        nearby().withOriginValueSelectorConfig(mimic("swap")))));
    moves.add(
        new SubListChangeMoveSelectorConfig()
            .withSelectReversingMoveToo(true)
            .withSubListSelectorConfig(subList().withId("subChange"))
            .withDestinationSelectorConfig(
                new DestinationSelectorConfig()
                    .withNearbySelectionConfig(
                        nearby().withOriginSubListSelectorConfig(mimicSubList("subChange")))));
    moves.add(
        new SubListSwapMoveSelectorConfig()
            .withSelectReversingMoveToo(true)
            .withSubListSelectorConfig(subList().withId("subSwap"))
            .withSecondarySubListSelectorConfig(
                subList()
                    .withNearbySelectionConfig(
                        nearby().withOriginSubListSelectorConfig(mimicSubList("subSwap")))));
    moves.add(
        new KOptListMoveSelectorConfig()
            .withOriginSelectorConfig(new ValueSelectorConfig().withId("kOpt"))
            .withValueSelectorConfig(
                new ValueSelectorConfig()
                    .withNearbySelectionConfig(
                        nearby().withOriginValueSelectorConfig(mimic("kOpt")))));
    if (pinning) {
      // Routing problems (Solomon) have no pinned visits: no filter on their hot path.
      moves.forEach(move -> move.setFilterClass(FrozenVisitMoveFilter.class));
    }
    return moves;
  }

  private static NearbySelectionConfig nearby() {
    return new NearbySelectionConfig()
        .withNearbyDistanceMeterClass(VisitNearbyDistanceMeter.class)
        .withNearbySelectionDistributionType(NearbySelectionDistributionType.PARABOLIC_DISTRIBUTION)
        .withParabolicDistributionSizeMaximum(NEARBY_SIZE);
  }

  private static SubListSelectorConfig subList() {
    return new SubListSelectorConfig().withMaximumSubListSize(MAX_SUB_LIST_SIZE);
  }

  private static ValueSelectorConfig mimic(String id) {
    return new ValueSelectorConfig().withMimicSelectorRef(id);
  }

  private static SubListSelectorConfig mimicSubList(String id) {
    return new SubListSelectorConfig().withMimicSelectorRef(id);
  }
}
