package io.github.nvfetch.cli;

import picocli.CommandLine;

/** Lets picocli read {@code --term} and {@code --collection-term} with {@link TermParser}. */
public final class TermConverter implements CommandLine.ITypeConverter<TermArgument> {

  /** Creates the converter (picocli instantiates it). */
  public TermConverter() {}

  /** Parses one flag value; a problem becomes picocli's one-line usage error. */
  @Override
  public TermArgument convert(String value) {
    try {
      return TermParser.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(e.getMessage());
    }
  }
}
