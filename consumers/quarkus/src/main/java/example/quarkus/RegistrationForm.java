package example.quarkus;

import io.github.kipp.core.validation.KemendagriCode;
import io.github.kipp.core.validation.PlainText;

/** A host's own form, checked by Quarkus's validator with kipp's constraint annotations. */
public record RegistrationForm(@PlainText String name, @KemendagriCode String region) {}
