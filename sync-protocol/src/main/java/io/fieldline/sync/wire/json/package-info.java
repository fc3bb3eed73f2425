/**
 * The JSON codec of the wire messages. Strict when producing (exactly the documented members, in a
 * fixed order, map keys sorted, numbers plain), lenient but safe when consuming (unknown members
 * ignored; unknown wire tokens, wrong types, duplicate keys and deep nesting rejected with the path
 * and value). Golden files under {@code src/test/resources/golden} pin the format.
 */
package io.fieldline.sync.wire.json;
