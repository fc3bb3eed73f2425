package io.fieldline.backend.service;

/** The scale of a satisfaction score: 1-5 (CSAT) or 0-10 (NPS). */
public enum SurveyScale {
  CSAT_5,
  NPS
}
