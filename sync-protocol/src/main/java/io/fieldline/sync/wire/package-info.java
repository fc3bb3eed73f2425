/**
 * The sync wire messages: immutable records, one per variant, grouped by sealed interfaces (pull
 * and push requests and responses, changes, per-mutation results, refusals). Compact constructors
 * validate; wire tokens are enums with strict {@code fromWire}. The JSON form is in {@code
 * wire.json} and pinned by golden files.
 */
package io.fieldline.sync.wire;
