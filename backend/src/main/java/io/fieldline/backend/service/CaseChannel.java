package io.fieldline.backend.service;

/** How a case (complaint, request) reached the service desk. */
public enum CaseChannel {
  PHONE,
  EMAIL,
  PORTAL,
  FIELD
}
