package io.github.kipp.core.spi;

import io.github.kipp.core.KippException;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.internal.CoreMessages;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a rule module is asked for a part it does not have, such as the scoring rules of a
 * module that has none ({@link RuleModule#requirePart(Class)}); names the module, the part asked for
 * and the parts the module has.
 */
public final class MissingModulePartException extends KippException {

  private static final long serialVersionUID = 1L;

  private final transient RuleModuleId module;
  private final transient Class<? extends ModulePart> part;

  MissingModulePartException(RuleModuleId module, Class<? extends ModulePart> part, List<Class<? extends ModulePart>> parts) {
    super("kipp.module.missingPart", CoreMessages.render("kipp.module.missingPart", "module", module, "part", part.getName(),
        "parts", parts.isEmpty() ? "-" : parts.stream().map(Class::getName).collect(Collectors.joining(", "))));
    this.module = module;
    this.part = part;
  }

  /**
   * Returns the id of the module asked.
   *
   * @return the id, not null
   */
  public RuleModuleId module() {
    return module;
  }

  /**
   * Returns the part asked for.
   *
   * @return the part's interface, not null
   */
  public Class<? extends ModulePart> part() {
    return part;
  }
}
