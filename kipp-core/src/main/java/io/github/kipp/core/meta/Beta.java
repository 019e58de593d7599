package io.github.kipp.core.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks API that may change incompatibly in a minor release.
 *
 * <p>A type, method or field carrying this annotation is public so that hosts can try it, but it is
 * excluded from kipp's API-compatibility promise until the annotation is removed. Code that must
 * keep compiling across kipp upgrades should not depend on it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.TYPE,
  ElementType.METHOD,
  ElementType.CONSTRUCTOR,
  ElementType.FIELD,
  ElementType.PACKAGE
})
public @interface Beta {}
