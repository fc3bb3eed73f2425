package io.fieldline.backend.service.demo;

import java.util.List;
import java.util.UUID;

/** Demo skills, spare parts and checklist templates (versioned; MAINTENANCE has two versions). */
final class DemoCatalog {
  static final List<String> SKILLS =
      List.of("HVAC", "GAS", "ELECTRICAL", "PLUMBING", "REFRIGERATION", "CONTROLS");
  private static final List<String> SKILL_NAMES =
      List.of(
          "Heating, ventilation and air conditioning",
          "Gas appliances",
          "Electrical installations",
          "Plumbing",
          "Refrigeration",
          "Building controls");
  static final List<String> PARTS =
      List.of(
          "Air filter G4",
          "Run capacitor 35uF",
          "Thermocouple 600mm",
          "Pressure relief valve 3 bar",
          "Expansion vessel 8 l",
          "Circulation pump seal kit",
          "Ignition electrode",
          "Flue gasket",
          "Condensate pump",
          "Room thermostat",
          "Fan motor 230V",
          "Refrigerant R32 1 kg");

  private DemoCatalog() {}

  /** A checklist item: code, kind, choices (CHOICE only), required. */
  record Item(String code, String label, String kind, String[] choices, boolean required) {}

  /** A template version of a work-order type. */
  record Template(UUID id, String type, List<Item> items) {}

  static void build(DemoContext x) {
    for (int i = 0; i < SKILLS.size(); i++) {
      x.rows.add("skill", x.id("skill", SKILLS.get(i)), SKILLS.get(i), SKILL_NAMES.get(i));
    }
    UUID line = x.id("product-line", "spares");
    x.rows.add("product_line", line, "SVC-SPARES", "Service spare parts");
    for (int i = 0; i < PARTS.size(); i++) {
      UUID part = ServiceDemoIds.part(x.tenant, i);
      x.parts.add(part);
      x.rows.add(
          "product", part, line, String.format("SVC-P%03d", i + 1), PARTS.get(i), "EA", "PART");
    }
    String[] condition = {"GOOD", "FAIR", "POOR"};
    template(
        x,
        "MAINTENANCE",
        1,
        "Annual service",
        List.of(yes("safety_check", "Safety check passed"), text("remarks", "Remarks", false)));
    template(
        x,
        "MAINTENANCE",
        2,
        "Annual service (2025)",
        List.of(
            yes("safety_check", "Safety check passed"),
            yes("filter_replaced", "Filter replaced"),
            new Item("pressure_bar", "System pressure (bar)", "NUMBER", new String[0], true),
            new Item("condition", "Overall condition", "CHOICE", condition, true),
            text("remarks", "Remarks", false)));
    template(
        x,
        "REPAIR",
        1,
        "Repair",
        List.of(
            text("fault_found", "Fault found", true),
            yes("fixed", "Fault fixed"),
            yes("safety_check", "Safety check passed")));
    template(
        x,
        "INSTALLATION",
        1,
        "Installation and commissioning",
        List.of(
            yes("commissioned", "Commissioning done"),
            yes("customer_briefed", "Customer briefed"),
            text("serial_recorded", "Serial number noted", false)));
    template(
        x,
        "INSPECTION",
        1,
        "Inspection",
        List.of(
            yes("visual_ok", "Visual inspection passed"),
            new Item("verdict", "Verdict", "CHOICE", new String[] {"PASS", "FAIL"}, true),
            text("notes", "Notes", false)));
  }

  private static void template(
      DemoContext x, String type, int version, String name, List<Item> items) {
    UUID id = x.id("checklist", type + "-v" + version);
    x.rows.add("checklist_template", id, type, version, name);
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      x.rows.add(
          "checklist_item", id, it.code(), i, it.label(), it.kind(), it.choices(), it.required());
    }
    x.templates.put(type, new Template(id, type, items));
  }

  private static Item yes(String code, String label) {
    return new Item(code, label, "YES_NO", new String[0], true);
  }

  private static Item text(String code, String label, boolean required) {
    return new Item(code, label, "TEXT", new String[0], required);
  }
}
