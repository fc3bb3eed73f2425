package io.fieldline.backend.sales.leads;

import io.fieldline.backend.sales.accounts.AccountView;
import io.fieldline.backend.sales.accounts.ContactView;
import io.fieldline.backend.sales.opportunities.OpportunityView;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What a lead became. */
@Type("LeadConversion")
public record LeadConversion(
    @NonNull LeadView lead,
    @NonNull AccountView account,
    @NonNull ContactView contact,
    @NonNull OpportunityView opportunity) {}
