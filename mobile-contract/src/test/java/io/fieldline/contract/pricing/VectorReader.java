package io.fieldline.contract.pricing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the conformance vectors shipped under {@code io/fieldline/contract/pricing/vectors/}.
 * Decimals are read as strings (or, if a vector uses JSON numbers, as {@link BigDecimal} without a
 * detour through {@code double}).
 */
final class VectorReader {

  static final String DIRECTORY = "/io/fieldline/contract/pricing/vectors/";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private VectorReader() {}

  /** The file names listed in {@code index.json}, in order. */
  static List<String> index() {
    return texts(readTree("index.json").get("vectors"));
  }

  static PricingVector read(String name) {
    JsonNode root = readTree(name);
    JsonNode clientTotals = root.path("clientTotals");
    return new PricingVector(
        name,
        root.get("description").asText(),
        catalog(root.get("catalog")),
        envelope(root.get("envelope")),
        quote(root.get("quote")),
        clientTotals.isMissingNode() ? Optional.empty() : Optional.of(totals(clientTotals)),
        root.get("expected"));
  }

  static JsonNode readTree(String name) {
    try (InputStream in = VectorReader.class.getResourceAsStream(DIRECTORY + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no vector resource " + name);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vector " + name, e);
    }
  }

  static BigDecimal decimal(JsonNode node) {
    return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText());
  }

  static Totals totals(JsonNode node) {
    return new Totals(
        decimal(node.get("listTotal")),
        decimal(node.get("subtotal")),
        decimal(node.get("quoteDiscount")),
        decimal(node.get("discountTotal")),
        decimal(node.get("net")),
        decimal(node.get("tax")),
        decimal(node.get("grandTotal")));
  }

  private static Catalog catalog(JsonNode node) {
    return new Catalog(
        list(node.get("priceBooks"), VectorReader::priceBook),
        list(node.get("products"), VectorReader::product),
        list(node.get("taxRates"), VectorReader::taxRate));
  }

  private static PriceBook priceBook(JsonNode node) {
    Map<String, BigDecimal> prices = new LinkedHashMap<>();
    node.get("unitPrices").properties().forEach(e -> prices.put(e.getKey(), decimal(e.getValue())));
    return new PriceBook(
        node.get("id").asText(),
        PriceBookKind.fromWire(node.get("kind").asText()),
        optionalText(node, "ownerId"),
        node.get("currency").asText(),
        LocalDate.parse(node.get("validFrom").asText()),
        optionalDate(node, "validTo"),
        prices);
  }

  private static Product product(JsonNode node) {
    return new Product(
        node.get("id").asText(),
        node.get("sku").asText(),
        node.get("unit").asText(),
        node.get("active").asBoolean(),
        node.get("taxCategory").asText());
  }

  private static TaxRate taxRate(JsonNode node) {
    return new TaxRate(
        node.get("category").asText(),
        decimal(node.get("ratePercent")),
        LocalDate.parse(node.get("validFrom").asText()),
        optionalDate(node, "validTo"));
  }

  private static DiscountEnvelope envelope(JsonNode node) {
    return new DiscountEnvelope(
        decimal(node.get("maxLineDiscountPercent")),
        decimal(node.get("maxQuoteDiscountPercent")),
        decimal(node.get("maxTotalDiscountPercent")),
        node.get("priceOverrideAllowed").asBoolean());
  }

  private static Quote quote(JsonNode node) {
    return new Quote(
        node.get("accountId").asText(),
        texts(node.get("segmentIds")),
        LocalDate.parse(node.get("pricingDate").asText()),
        node.get("currency").asText(),
        list(node.get("lines"), VectorReader::line),
        optionalDecimal(node, "quoteDiscountPercent"));
  }

  private static QuoteLine line(JsonNode node) {
    return new QuoteLine(
        node.get("productId").asText(),
        decimal(node.get("quantity")),
        optionalDecimal(node, "discountPercent"),
        optionalDecimal(node, "unitPriceOverride"));
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> mapper) {
    List<T> items = new ArrayList<>();
    array.forEach(item -> items.add(mapper.apply(item)));
    return items;
  }

  private static List<String> texts(JsonNode array) {
    return list(array, JsonNode::asText);
  }

  private static String optionalText(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }

  private static BigDecimal optionalDecimal(JsonNode node, String field) {
    String text = optionalText(node, field);
    return text == null ? null : decimal(node.get(field));
  }

  private static LocalDate optionalDate(JsonNode node, String field) {
    String text = optionalText(node, field);
    return text == null ? null : LocalDate.parse(text);
  }
}
