package io.fieldline.backend.service.graphql;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.service.service.AssetService;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Equipment to register at a customer's site. */
@Input("AssetInput")
public record AssetInput(
    @Id @NonNull String accountId,
    @Id @NonNull String siteId,
    @Id String productId,
    @NonNull String serialNumber,
    @NonNull String model,
    String manufacturer,
    LocalDate installedOn,
    LocalDate warrantyEndsOn) {

  public AssetService.Draft toDraft() {
    return new AssetService.Draft(
        Ids.parse("accountId", accountId),
        Ids.parse("siteId", siteId),
        Inputs.id("productId", productId),
        serialNumber,
        model,
        manufacturer,
        installedOn,
        warrantyEndsOn);
  }
}
