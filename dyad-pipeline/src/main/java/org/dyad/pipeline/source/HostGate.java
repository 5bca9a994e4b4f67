package org.dyad.pipeline.source;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness towards each host (host:port): one request at a time, and at least a pause between
 * the end of one request and the start of the next. A host's robots.txt may ask for a longer pause
 * (Crawl-delay), up to a cap. Threads wanting a busy host wait their turn, in arrival order.
 */
final class HostGate {

  private final Duration pause;
  private final Duration maxPause;
  private final Map<String, Slot> slots = new ConcurrentHashMap<>();

  /**
   * @param pause the least time between two requests to one host
   * @param maxPause the longest pause a robots.txt Crawl-delay may ask for
   */
  HostGate(Duration pause, Duration maxPause) {
    if (pause.isNegative() || maxPause.compareTo(pause) < 0) {
      throw new IllegalArgumentException("the pause between requests must be 0 or more, and at most maxPause");
    }
    this.pause = pause;
    this.maxPause = maxPause;
  }

  /** One host's turn: held by one request at a time. */
  private static final class Slot {
    final ReentrantLock lock = new ReentrantLock(true);
    final Condition free = lock.newCondition();
    boolean busy;
    long nextStartNanos = System.nanoTime();
    long pauseNanos;

    Slot(long pauseNanos) {
      this.pauseNanos = pauseNanos;
    }
  }

  private Slot slot(String host) {
    return slots.computeIfAbsent(host, h -> new Slot(pause.toNanos()));
  }

  /** A longer pause for one host (its robots.txt Crawl-delay), capped; never shorter than the default. */
  void crawlDelay(String host, Duration delay) {
    long nanos = Math.max(pause.toNanos(), Math.min(maxPause.toNanos(), delay.toNanos()));
    Slot slot = slot(host);
    slot.lock.lock();
    try {
      slot.pauseNanos = nanos;
    } finally {
      slot.lock.unlock();
    }
  }

  /** Waits until the host is free and its pause has passed, then holds it until {@link #leave}. */
  void enter(String host) throws InterruptedException {
    Slot slot = slot(host);
    slot.lock.lockInterruptibly();
    try {
      while (true) {
        if (slot.busy) {
          slot.free.await();
          continue;
        }
        long wait = slot.nextStartNanos - System.nanoTime();
        if (wait > 0) {
          slot.free.await(wait, TimeUnit.NANOSECONDS);
          continue;
        }
        slot.busy = true;
        return;
      }
    } finally {
      slot.lock.unlock();
    }
  }

  void leave(String host) {
    Slot slot = slot(host);
    slot.lock.lock();
    try {
      slot.busy = false;
      slot.nextStartNanos = System.nanoTime() + slot.pauseNanos;
      slot.free.signalAll();
    } finally {
      slot.lock.unlock();
    }
  }
}
