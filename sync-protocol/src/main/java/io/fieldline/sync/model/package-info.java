/**
 * The data the protocol is about: field values, record keys and versioned record states, and the
 * conflict records the server keeps. Immutable records shared by the wire, merge, store and engine
 * packages.
 */
package io.fieldline.sync.model;
