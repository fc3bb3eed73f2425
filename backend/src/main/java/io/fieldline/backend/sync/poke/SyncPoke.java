package io.fieldline.backend.sync.poke;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Tells a device that its scope has changes past {@code position}: pull now. */
@Description("The device's scope has new changes: pull. Carries no data.")
public class SyncPoke {

  /** The commit position of the change that caused the poke (decimal text). */
  @NonNull
  @Description("Commit position of the newest change that caused the poke (decimal text).")
  public String position;

  public SyncPoke() {}

  public SyncPoke(long position) {
    this.position = Long.toString(position);
  }
}
