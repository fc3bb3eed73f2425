/**
 * Shared test data builders with a valid baseline (style.md #8), shipped in the test-jar: negative
 * tests start from the baseline and break one thing. Deterministic ids and times.
 */
package io.fieldline.sync.testing;
