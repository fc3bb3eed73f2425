package io.fieldline.sync.wire;

/** The answer to a {@link PullRequest}: a page, a demand to resync, or a refusal. */
public sealed interface PullResponse permits PullPage, ResyncRequired, Refusal {}
