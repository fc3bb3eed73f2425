package io.fieldline.backend.sales.leads;

import io.fieldline.backend.sales.leads.LeadView.LeadSource;
import io.fieldline.backend.sales.leads.LeadView.LeadStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Input types of the lead operations. */
public final class LeadInputs {
  private LeadInputs() {}

  /** A new lead in one of the caller's territories. */
  @Input("LeadInput")
  public record LeadInput(
      @NonNull String companyName,
      @NonNull String firstName,
      @NonNull String lastName,
      String email,
      String phone,
      @NonNull LeadSource source,
      @NonNull String territoryId,
      String qualificationNotes) {}

  /**
   * How to convert a lead: into a new account (named like the lead's company unless given) or an
   * existing one, a primary contact (the lead's person) and an opportunity.
   */
  @Input("LeadConversionInput")
  public record ConversionInput(
      String existingAccountId,
      String accountName,
      @NonNull String opportunityName,
      @NonNull BigDecimal amount,
      @NonNull String currency,
      String stageCode,
      LocalDate expectedClose) {}

  /** Filters of the lead list. */
  @Input("LeadFilter")
  public record LeadFilter(
      LeadStatus status, LeadSource source, String territoryId, String search) {}
}
