package io.fieldline.backend.service;

/** Why a technician is away. */
public enum AbsenceKind {
  LEAVE,
  TRAINING,
  SICKNESS
}
