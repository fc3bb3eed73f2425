package io.fieldline.backend.devdb;

/**
 * Where the service's database lives and which roles it uses.
 *
 * @param host server host
 * @param port server port
 * @param database database name
 * @param ownerUser role that owns the schema and runs the Flyway migrations
 * @param ownerPassword its password (ignored by trust authentication)
 * @param appUser role the service connects as: not the owner, not superuser, no BYPASSRLS
 * @param appPassword its password
 */
public record DbTarget(
    String host,
    int port,
    String database,
    String ownerUser,
    String ownerPassword,
    String appUser,
    String appPassword) {

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  public String reactiveUrl() {
    return "postgresql://" + host + ":" + port + "/" + database;
  }
}
