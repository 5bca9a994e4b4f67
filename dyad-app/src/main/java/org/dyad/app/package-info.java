/** The command line: one picocli command class per subcommand; {@link org.dyad.app.Main} is the only place that exits. */
package org.dyad.app;
