/** The error-code catalogue: stable codes, each saying what a client should do. */
package io.fieldline.sync.error;
