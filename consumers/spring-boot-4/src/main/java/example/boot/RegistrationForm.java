package example.boot;

import io.github.kipp.core.validation.KemendagriCode;
import io.github.kipp.core.validation.PlainText;
import jakarta.validation.constraints.NotBlank;

/** A host's own form, checked by Boot's validator with kipp's constraint annotations. */
public record RegistrationForm(@NotBlank @PlainText String name, @KemendagriCode String region) {}
