package io.github.kipp.jackson3.internal;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * kipp's layout of written documents under Jackson 3: two-space indents, {@code \n} line ends, a
 * space after each colon and none inside empty objects and lists, as the Jackson 2 line writes.
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
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""));
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
