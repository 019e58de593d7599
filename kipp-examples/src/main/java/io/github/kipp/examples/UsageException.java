package io.github.kipp.examples;

/** A refused option or input file; its message is bilingual and shown as is, without a stack trace. */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
