package io.fieldline.backend.service.graphql;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Narrows an asset list; {@code serialNumber} matches a prefix. */
@Input("AssetFilterInput")
public record AssetFilter(@Id String accountId, @Id String siteId, String serialNumber) {}
