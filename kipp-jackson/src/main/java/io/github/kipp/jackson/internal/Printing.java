package io.github.kipp.jackson.internal;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * kipp's layout of written documents under Jackson 2: two-space indents, {@code \n} line ends, a
 * space after each colon and none inside empty objects and lists.
 */
public final class Printing {

  private Printing() {}

  /**
   * Returns a new pretty printer with kipp's layout.
   *
   * @return the printer
   */
  public static DefaultPrettyPrinter printer() {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
