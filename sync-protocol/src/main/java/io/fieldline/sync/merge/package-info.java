/**
 * The field-level three-way merge (PROTOCOL.md R19-R27): entity policies declared per entity type
 * and field ({@link io.fieldline.sync.merge.EntityPolicy}, {@link
 * io.fieldline.sync.merge.PolicyRegistry}), payload validation, and the pure {@link
 * io.fieldline.sync.merge.MergeEngine}. {@link io.fieldline.sync.merge.FieldlinePolicies} is the
 * registry for Fieldline's entities; the engine itself is generic.
 */
package io.fieldline.sync.merge;
