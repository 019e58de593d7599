package io.github.kipp.core.innovation;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.internal.BeanValidation;
import io.github.kipp.core.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to a proposal, described by name, kind and size; kipp never holds the content.
 */
public final class Attachment {

  /** The longest file name accepted, in characters. */
  public static final int MAX_NAME = 255;

  @NotBlank(message = "{kipp.text.blank}")
  @Size(max = MAX_NAME, message = "{kipp.text.tooLong}")
  @PlainText
  private final String name;

  private final AttachmentKind kind;

  @PositiveOrZero(message = "{kipp.number.negative}")
  private final long sizeBytes;

  private Attachment(String name, AttachmentKind kind, long sizeBytes) {
    this.name = requireNonNull(name, "name");
    this.kind = requireNonNull(kind, "kind");
    this.sizeBytes = sizeBytes;
    BeanValidation.check("attachment '" + name + "'", this, List.of());
  }

  /**
   * Returns an attachment.
   *
   * @param name the file name, not blank
   * @param kind what it is, not null
   * @param sizeBytes its size in bytes, zero or more
   * @return the attachment, not null
   * @throws io.github.kipp.core.InvalidInputException if a part is invalid
   */
  public static Attachment of(String name, AttachmentKind kind, long sizeBytes) {
    return new Attachment(name, kind, sizeBytes);
  }

  /**
   * Returns the file name.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Returns what the attachment is.
   *
   * @return the kind, not null
   */
  public AttachmentKind kind() {
    return kind;
  }

  /**
   * Returns the size in bytes.
   *
   * @return the size, zero or more
   */
  public long sizeBytes() {
    return sizeBytes;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Attachment
        && name.equals(((Attachment) o).name)
        && kind == ((Attachment) o).kind
        && sizeBytes == ((Attachment) o).sizeBytes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, sizeBytes);
  }

  /** Returns {@code name (KIND, n bytes)}. */
  @Override
  public String toString() {
    return name + " (" + kind + ", " + sizeBytes + " bytes)";
  }
}
