package io.fieldline.contract.schema;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Breaking changes between a released schema and the current one, for apps already installed on
 * phones: a removed type, field, argument, enum value or union member; a changed kind; a field
 * whose type changed (an output field may only become non-null); an argument or input field whose
 * type changed (it may only become nullable); a new required argument or input field without a
 * default. Additions are not breaking.
 */
public final class SchemaCompatibility {
  private SchemaCompatibility() {}

  /** The breaking changes from {@code released} to {@code current}, in SDL; empty if none. */
  public static List<String> breakingChanges(String released, String current) {
    Map<String, TypeDefinition<?>> before = types(released);
    Map<String, TypeDefinition<?>> after = types(current);
    List<String> out = new ArrayList<>();
    before.forEach(
        (name, old) -> {
          TypeDefinition<?> now = after.get(name);
          if (now == null) {
            out.add("type " + name + " was removed");
          } else if (!now.getClass().equals(old.getClass())) {
            out.add("type " + name + " changed kind");
          } else {
            compare(name, old, now, out);
          }
        });
    return out;
  }

  private static void compare(
      String type, TypeDefinition<?> old, TypeDefinition<?> now, List<String> out) {
    if (old instanceof ObjectTypeDefinition o) {
      fields(
          type, o.getFieldDefinitions(), ((ObjectTypeDefinition) now).getFieldDefinitions(), out);
    } else if (old instanceof InterfaceTypeDefinition o) {
      fields(
          type,
          o.getFieldDefinitions(),
          ((InterfaceTypeDefinition) now).getFieldDefinitions(),
          out);
    } else if (old instanceof InputObjectTypeDefinition o) {
      inputs(
          type + " input field",
          o.getInputValueDefinitions(),
          ((InputObjectTypeDefinition) now).getInputValueDefinitions(),
          out);
    } else if (old instanceof EnumTypeDefinition o) {
      List<String> values =
          ((EnumTypeDefinition) now)
              .getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList();
      o.getEnumValueDefinitions().stream()
          .map(EnumValueDefinition::getName)
          .filter(v -> !values.contains(v))
          .forEach(v -> out.add("enum " + type + " lost value " + v));
    } else if (old instanceof UnionTypeDefinition o) {
      List<String> members =
          ((UnionTypeDefinition) now)
              .getMemberTypes().stream().map(SchemaCompatibility::text).toList();
      o.getMemberTypes().stream()
          .map(SchemaCompatibility::text)
          .filter(m -> !members.contains(m))
          .forEach(m -> out.add("union " + type + " lost member " + m));
    }
  }

  private static void fields(
      String type, List<FieldDefinition> old, List<FieldDefinition> now, List<String> out) {
    Map<String, FieldDefinition> current = new TreeMap<>();
    now.forEach(f -> current.put(f.getName(), f));
    for (FieldDefinition f : old) {
      String where = type + "." + f.getName();
      FieldDefinition n = current.get(f.getName());
      if (n == null) {
        out.add("field " + where + " was removed");
        continue;
      }
      String was = text(f.getType());
      String is = text(n.getType());
      if (!was.equals(is) && !is.equals(was + "!")) {
        out.add("field " + where + " changed type from " + was + " to " + is);
      }
      inputs(
          "field " + where + " argument",
          f.getInputValueDefinitions(),
          n.getInputValueDefinitions(),
          out);
    }
  }

  private static void inputs(
      String where,
      List<InputValueDefinition> old,
      List<InputValueDefinition> now,
      List<String> out) {
    Map<String, InputValueDefinition> before = new TreeMap<>();
    old.forEach(a -> before.put(a.getName(), a));
    for (InputValueDefinition a : now) {
      InputValueDefinition o = before.get(a.getName());
      if (o == null) {
        if (a.getType() instanceof NonNullType && a.getDefaultValue() == null) {
          out.add(where + " " + a.getName() + " is new and required");
        }
        continue;
      }
      String was = text(o.getType());
      String is = text(a.getType());
      if (!was.equals(is) && !was.equals(is + "!")) {
        out.add(where + " " + a.getName() + " changed type from " + was + " to " + is);
      }
    }
    List<String> names = now.stream().map(InputValueDefinition::getName).toList();
    old.stream()
        .map(InputValueDefinition::getName)
        .filter(n -> !names.contains(n))
        .forEach(n -> out.add(where + " " + n + " was removed"));
  }

  private static Map<String, TypeDefinition<?>> types(String sdl) {
    TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
    Map<String, TypeDefinition<?>> out = new TreeMap<>();
    registry.types().forEach(out::put);
    registry.scalars().forEach(out::put);
    return out;
  }

  @SuppressWarnings("rawtypes")
  static String text(Type type) {
    if (type instanceof NonNullType n) {
      return text(n.getType()) + "!";
    }
    if (type instanceof ListType l) {
      return "[" + text(l.getType()) + "]";
    }
    return ((TypeName) type).getName();
  }
}
