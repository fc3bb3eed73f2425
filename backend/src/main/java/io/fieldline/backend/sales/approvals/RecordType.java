package io.fieldline.backend.sales.approvals;

/** The kinds of record that go through approval. */
public enum RecordType {
  QUOTE,
  ORDER
}
