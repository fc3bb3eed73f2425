package io.fieldline.sync.wire;

/** The answer to a {@link PushRequest}: the processed batch, or a refusal of the whole request. */
public sealed interface PushResponse permits PushResult, Refusal {}
