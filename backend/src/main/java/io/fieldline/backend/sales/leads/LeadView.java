package io.fieldline.backend.sales.leads;

import io.vertx.mutiny.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A lead: a prospect not yet an account, from a source, qualified and converted. */
@Type("Lead")
public record LeadView(
    @Id @NonNull UUID id,
    @NonNull String companyName,
    @NonNull String firstName,
    @NonNull String lastName,
    String email,
    String phone,
    @NonNull LeadSource source,
    @NonNull LeadStatus status,
    String qualificationNotes,
    @Id @NonNull UUID territoryId,
    @Id @NonNull UUID ownerUserId,
    @Id UUID convertedAccountId,
    @Id UUID convertedContactId,
    @Id UUID convertedOpportunityId,
    int version,
    @NonNull OffsetDateTime createdAt) {

  static LeadView of(Row r) {
    return new LeadView(
        r.getUUID("id"),
        r.getString("company_name"),
        r.getString("first_name"),
        r.getString("last_name"),
        r.getString("email"),
        r.getString("phone"),
        LeadSource.valueOf(r.getString("source")),
        LeadStatus.valueOf(r.getString("status")),
        r.getString("qualification_notes"),
        r.getUUID("territory_id"),
        r.getUUID("owner_user_id"),
        r.getUUID("converted_account_id"),
        r.getUUID("converted_contact_id"),
        r.getUUID("converted_opportunity_id"),
        r.getInteger("version"),
        r.getOffsetDateTime("created_at"));
  }

  /** Where a lead came from. */
  public enum LeadSource {
    WEB,
    REFERRAL,
    EVENT,
    COLD_CALL,
    PARTNER,
    OTHER
  }

  /** NEW -> QUALIFIED / DISQUALIFIED; NEW or QUALIFIED -> CONVERTED. */
  public enum LeadStatus {
    NEW,
    QUALIFIED,
    DISQUALIFIED,
    CONVERTED
  }
}
