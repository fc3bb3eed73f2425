package io.fieldline.scheduling.realtime;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.solver.DispatchEngine;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * Continuous planning of one problem: a daemon solver job that keeps the latest best plan, applies
 * real-time changes and reports, for each, which published visits it moved. Use an engine built
 * with daemon settings and an unimproved-time limit so the job idles between changes.
 */
public final class RealtimeDispatcher implements AutoCloseable {

  private record Waiter(
      Predicate<DispatchPlan> condition, CompletableFuture<DispatchPlan> future) {}

  private final DispatchEngine engine;
  private final String problemId;
  private final List<Waiter> waiters = new CopyOnWriteArrayList<>();
  private volatile DispatchPlan best;
  private volatile Throwable failure;
  private long revisions;

  private RealtimeDispatcher(DispatchEngine engine, String problemId, DispatchPlan initial) {
    this.engine = engine;
    this.problemId = problemId;
    this.best = initial;
    this.revisions = initial.getRevision();
  }

  /** Starts solving {@code plan} as job {@code problemId} on {@code engine}. */
  public static RealtimeDispatcher start(
      DispatchEngine engine, String problemId, DispatchPlan plan) {
    RealtimeDispatcher dispatcher = new RealtimeDispatcher(engine, problemId, plan);
    engine.solveAsync(problemId, plan, dispatcher::onBest, dispatcher::onFailure);
    return dispatcher;
  }

  /** The latest complete best plan (the initial problem until the solver reports one). */
  public DispatchPlan best() {
    return best;
  }

  /**
   * Applies {@code change}; completes with what moved once a complete best plan containing it
   * exists (with any visits it adds or unplaces re-inserted). The comparison base is the best plan
   * at the moment of the call.
   */
  public synchronized CompletableFuture<ChangeReport> apply(DispatchChange change) {
    // Changes are queued in call order (this method is synchronized), so plan revisions only grow.
    long revision = ++revisions;
    DispatchPlan before = best;
    CompletableFuture<DispatchPlan> reflected = awaitBest(plan -> plan.getRevision() >= revision);
    try {
      engine
          .solverManager()
          .addProblemChange(
              problemId,
              (plan, director) -> {
                change.doChange(plan, director);
                plan.setRevision(revision);
              })
          .whenComplete(
              (done, error) -> {
                if (error != null) {
                  reflected.completeExceptionally(
                      new IllegalStateException(
                          "change "
                              + change
                              + " was not applied"
                              + (failure == null ? "" : ": " + failure),
                          failure == null ? error : failure));
                }
              });
    } catch (RuntimeException notSolving) {
      reflected.completeExceptionally(notSolving);
      throw notSolving;
    }
    return reflected.thenApply(after -> ChangeReport.between(before, after));
  }

  /** Completes with the first best plan, from now on, that satisfies {@code condition}. */
  public CompletableFuture<DispatchPlan> awaitBest(Predicate<DispatchPlan> condition) {
    CompletableFuture<DispatchPlan> future = new CompletableFuture<>();
    waiters.add(new Waiter(condition, future));
    return future;
  }

  /** What stopped the job, or null while it runs or after a normal end. */
  public Throwable failure() {
    return failure;
  }

  private void onFailure(String id, Throwable cause) {
    failure = cause;
    waiters.forEach(waiter -> waiter.future().completeExceptionally(cause));
    waiters.clear();
  }

  private void onBest(DispatchPlan plan) {
    best = plan;
    for (Waiter waiter : waiters) {
      if (waiter.future().isDone() || waiter.condition().test(plan)) {
        waiter.future().complete(plan);
        waiters.remove(waiter);
      }
    }
  }

  /** Stops the job; the engine stays open. */
  @Override
  public void close() {
    engine.solverManager().terminateEarly(problemId);
  }
}
