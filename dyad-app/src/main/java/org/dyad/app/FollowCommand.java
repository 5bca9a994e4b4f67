package org.dyad.app;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dyad.app.live.Follower;
import org.dyad.pipeline.source.FeedList;
import org.dyad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad follow}: feeds into the store as news breaks, with the watches' alerts on stdout. */
@Command(
    name = "follow",
    mixinStandardHelpOptions = true,
    description = {
        "Follow feeds as news breaks: store each new item once and report the watches' alerts.",
        "A source is a feed URL, a plain list (one URL a line, # comments) or an OPML file, as feed readers export.",
        "The first pass starts at once; each feed is then fetched when due, conditionally (a 304 costs nothing), one request",
        "at a time per host, article pages only where robots.txt allows, backing off from a feed while it fails.",
        "Feed state is kept in the store, so a restart resumes where the last run stopped.",
        "Prints one line per pass on standard error and each alert as one line of JSON on standard output."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped (Ctrl-C) or --once done", "2:usage error", "3:a source or the database cannot be read"})
public final class FollowCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FEED|LIST|OPML", description = "feed URLs, plain lists of them or OPML files")
  List<String> sources;

  @Mixin DatabaseOption database;

  @Mixin KnowledgeOptions knowledge = new KnowledgeOptions();

  @Mixin FollowOptions follow = new FollowOptions();

  @Option(names = "--threads", paramLabel = "N", description = "items made into documents at once (default: the number of cores)")
  Integer threads;

  @Option(names = "--allow-private",
      description = "also follow feeds on private or loopback addresses; only the listed feeds' own hosts (and the webhook's) "
          + "may be private, a redirect or link from them to another private address is still refused")
  boolean allowPrivate;

  @Option(names = "--once", description = "one pass (due feeds and their new items, then the watches), then exit")
  boolean once;

  @Override
  public Integer call() throws Exception {
    knowledge.checkReadable();
    follow.check(threads);
    List<FeedList.Subscription> feeds = FollowOptions.feeds(sources);
    PrintStream err = System.err;
    CountDownLatch done = new CountDownLatch(1);
    try (Store store = database.open()) {
      Follower follower = follow.follower(store, feeds, knowledge::pipeline, threads, allowPrivate, System.out, Clock.systemUTC());
      Thread stopper = new Thread(() -> {
        follower.stop();
        try {
          // the item being stored is finished, then the store closed; a stuck one is abandoned (its state is safe)
          done.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "dyad-follow-stop");
      Runtime.getRuntime().addShutdownHook(stopper);
      try {
        err.printf("follow: %d feeds into %s, every %d min%s%n", feeds.size(), store.location(), follow.everyMinutes,
            once ? " (one pass)" : "; Ctrl-C stops");
        if (once) {
          Follower.PassReport report = follower.pass();
          err.println("follow: " + report.line(java.time.Instant.now()));
        } else {
          follower.run(report -> err.println("follow: " + report.line(java.time.Instant.now())),
              message -> err.println("follow: " + message));
        }
      } finally {
        follower.close();
      }
    } finally {
      done.countDown();
    }
    return Main.EXIT_OK;
  }
}
