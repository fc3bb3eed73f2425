package io.fieldline.backend.sales.demo;

import io.fieldline.backend.demo.DemoIdentity.TenantSpec;
import io.fieldline.backend.demo.DemoIds;
import io.fieldline.contract.pricing.PriceBook;
import io.fieldline.contract.pricing.PriceBookKind;
import io.fieldline.contract.pricing.Product;
import io.fieldline.contract.pricing.TaxRate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The demo catalog as plain data, shared by the seeders (which write it) and by the deals seeder
 * (which prices demo quotes with the real engine): product lines and products, tax rates, the
 * classification tree, and price books (an expired and a current standard one, a segment one for
 * hospitality, a customer one for the first key account).
 */
final class DemoCatalog {
  static final String CURRENCY = "GBP";
  static final LocalDate STANDARD_FROM = LocalDate.of(2024, 1, 1);
  static final String[][] LINES = {
    {"HEAT", "Heat pumps"},
    {"BOIL", "Boilers"},
    {"COOL", "Cooling"},
    {"SERV", "Service plans"},
    {"PART", "Spare parts"}
  };
  static final String[][] CATEGORIES = {
    {"RETAIL", "Retail", null}, {"SUPERMARKETS", "Supermarkets", "RETAIL"},
    {"HARDWARE", "Hardware stores", "RETAIL"}, {"HOSPITALITY", "Hospitality", null},
    {"HOTELS", "Hotels", "HOSPITALITY"}, {"RESTAURANTS", "Restaurants", "HOSPITALITY"},
    {"INDUSTRY", "Industry", null}, {"MANUFACTURING", "Manufacturing", "INDUSTRY"},
    {"PUBLIC", "Public sector", null}, {"SCHOOLS", "Schools", "PUBLIC"}
  };

  /** A demo product with its standard list price. */
  record DemoProduct(
      UUID id,
      String sku,
      String name,
      String line,
      String unit,
      String taxCategory,
      String kind,
      boolean active,
      BigDecimal price) {}

  final TenantSpec tenant;
  final List<DemoProduct> products = new ArrayList<>();
  final Map<String, UUID> categories = new LinkedHashMap<>();

  DemoCatalog(TenantSpec tenant) {
    this.tenant = tenant;
    for (String[] c : CATEGORIES) {
      categories.put(c[0], id("category", c[0]));
    }
    Random random = new Random(("catalog:" + tenant.slug()).hashCode());
    String[] units = {"EA", "EA", "EA", "H", "EA"};
    String[] kinds = {"GOODS", "GOODS", "GOODS", "SERVICE", "PART"};
    for (int l = 0; l < LINES.length; l++) {
      for (int i = 1; i <= 6; i++) {
        String sku = LINES[l][0] + "-" + (100 + i * 10);
        BigDecimal price =
            BigDecimal.valueOf(l == 4 ? 5 + random.nextInt(80) : 150 + random.nextInt(4800))
                .add(BigDecimal.valueOf(random.nextInt(100), 2));
        products.add(
            new DemoProduct(
                id("product", sku),
                sku,
                LINES[l][1] + " model " + (100 + i * 10),
                LINES[l][0],
                units[l],
                l == 3 ? "REDUCED" : "STANDARD",
                kinds[l],
                i != 6,
                price));
      }
    }
  }

  UUID id(String kind, String key) {
    return DemoIds.of(kind, tenant.slug() + "/" + key);
  }

  UUID lineId(String code) {
    return id("product-line", code);
  }

  UUID standardBook() {
    return id("price-book", "STANDARD");
  }

  UUID expiredBook() {
    return id("price-book", "STANDARD-2023");
  }

  UUID segmentBook() {
    return id("price-book", "SEGMENT-HOSPITALITY");
  }

  UUID customerBook() {
    return id("price-book", "CUSTOMER-KEY");
  }

  List<TaxRate> taxRates() {
    return List.of(
        new TaxRate("STANDARD", BigDecimal.valueOf(20), LocalDate.of(2011, 1, 4), null),
        new TaxRate("REDUCED", BigDecimal.valueOf(5), LocalDate.of(2011, 1, 4), null),
        new TaxRate("ZERO", BigDecimal.ZERO, LocalDate.of(2011, 1, 4), null));
  }

  /** Every price book of the engine's model; {@code keyAccount} owns the customer book. */
  List<PriceBook> priceBooks(UUID keyAccount) {
    Map<String, BigDecimal> standard = new LinkedHashMap<>();
    Map<String, BigDecimal> expired = new LinkedHashMap<>();
    Map<String, BigDecimal> segment = new LinkedHashMap<>();
    Map<String, BigDecimal> customer = new LinkedHashMap<>();
    for (DemoProduct p : products) {
      standard.put(p.id().toString(), p.price());
      expired.put(
          p.id().toString(),
          p.price().multiply(new BigDecimal("0.90")).setScale(2, RoundingMode.HALF_UP));
      if (!p.line().equals("PART")) {
        segment.put(
            p.id().toString(),
            p.price().multiply(new BigDecimal("0.95")).setScale(2, RoundingMode.HALF_UP));
      }
      if (p.line().equals("HEAT") || p.line().equals("SERV")) {
        customer.put(
            p.id().toString(),
            p.price().multiply(new BigDecimal("0.88")).setScale(2, RoundingMode.HALF_UP));
      }
    }
    return List.of(
        new PriceBook(
            standardBook().toString(),
            PriceBookKind.STANDARD,
            null,
            CURRENCY,
            STANDARD_FROM,
            null,
            standard),
        new PriceBook(
            expiredBook().toString(),
            PriceBookKind.STANDARD,
            null,
            CURRENCY,
            LocalDate.of(2023, 1, 1),
            STANDARD_FROM,
            expired),
        new PriceBook(
            segmentBook().toString(),
            PriceBookKind.SEGMENT,
            categories.get("HOSPITALITY").toString(),
            CURRENCY,
            STANDARD_FROM,
            null,
            segment),
        new PriceBook(
            customerBook().toString(),
            PriceBookKind.CUSTOMER,
            keyAccount.toString(),
            CURRENCY,
            STANDARD_FROM,
            null,
            customer));
  }

  List<Product> engineProducts() {
    return products.stream()
        .map(p -> new Product(p.id().toString(), p.sku(), p.unit(), p.active(), p.taxCategory()))
        .toList();
  }

  /** Names of each price book, by id. */
  static String bookName(PriceBook b) {
    return switch (b.kind()) {
      case STANDARD -> b.validTo() == null ? "Standard" : "Standard 2023";
      case SEGMENT -> "Hospitality";
      case CUSTOMER -> "Key account";
    };
  }
}
