package io.fieldline.backend.service.service;

import io.fieldline.backend.accounts.Account;
import io.fieldline.backend.accounts.Asset;
import io.fieldline.backend.accounts.Site;
import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.tenancy.TenantTx;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;

/** Registers equipment at a customer's site (through the accounts feature's {@link Asset}). */
@ApplicationScoped
public class AssetService {

  /** What the desk records about a new asset. */
  public record Draft(
      UUID accountId,
      UUID siteId,
      UUID productId,
      String serialNumber,
      String model,
      String manufacturer,
      LocalDate installedOn,
      LocalDate warrantyEndsOn) {}

  public Uni<UUID> register(ServiceScope scope, Draft d) {
    Asset asset = new Asset();
    asset.id = UUID.randomUUID();
    asset.accountId = Check.present("accountId", d.accountId());
    asset.siteId = Check.present("siteId", d.siteId());
    asset.productId = d.productId();
    asset.serialNumber = Check.required("serialNumber", d.serialNumber(), 100);
    asset.model = Check.required("model", d.model(), 200);
    asset.manufacturer = Check.optional("manufacturer", d.manufacturer(), 200);
    asset.installedOn = d.installedOn();
    asset.warrantyEndsOn = d.warrantyEndsOn();
    if (d.installedOn() != null
        && d.warrantyEndsOn() != null
        && d.warrantyEndsOn().isBefore(d.installedOn())) {
      throw ApiException.invalid("warrantyEndsOn", "the warranty cannot end before installation");
    }
    return TenantTx.run(
        scope.tenantId(),
        () ->
            Account.<Account>findById(asset.accountId)
                .chain(
                    account -> {
                      if (account == null || !scope.covers(account.territoryId)) {
                        throw ApiException.notFound("Account", asset.accountId);
                      }
                      return Site.<Site>findById(asset.siteId);
                    })
                .chain(
                    site -> {
                      if (site == null || !site.accountId.equals(asset.accountId)) {
                        throw ApiException.notFound("Site", asset.siteId);
                      }
                      return Asset.count(
                          "model = ?1 and serialNumber = ?2", asset.model, asset.serialNumber);
                    })
                .chain(
                    existing -> {
                      if (existing > 0) {
                        throw new ApiException(
                            ErrorCode.DUPLICATE,
                            "An asset with this model and serial number exists already",
                            "serialNumber");
                      }
                      return asset.<Asset>persist();
                    })
                .replaceWith(asset.id));
  }
}
