package io.portex.core.source;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parts of one input worked on by several threads and handed over in the order they were given, on
 * the thread that gives them: what makes one big file use every core while its result stays the
 * same as reading it from start to end. At most two parts per thread wait to be handed over, so
 * memory stays bounded however fast the input is read. With one thread, or before a second part is
 * given, each part is worked on by the giving thread; the threads are made for this input and end
 * with it ({@link #close}).
 *
 * @param <R> what a part gives
 */
public final class OrderedWork<R> implements AutoCloseable {

  /** Receives the result of each part, in order. */
  @FunctionalInterface
  public interface Handover<R> {
    void accept(R result) throws IOException;
  }

  private final int threads;
  private final String name;
  private final Handover<R> handover;
  private final ArrayDeque<Future<R>> pending = new ArrayDeque<>();
  private ExecutorService pool;
  private Callable<R> held;

  /**
   * @param threads how many threads may work at once (1: all on the giving thread)
   * @param name what the threads are named after
   * @param handover what each result is handed to, in order
   */
  public OrderedWork(int threads, String name, Handover<R> handover) {
    this.threads = threads;
    this.name = name;
    this.handover = handover;
  }

  /** Gives the next part. */
  public void submit(Callable<R> part) throws IOException {
    if (threads <= 1) {
      handover.accept(call(part));
      return;
    }
    if (held == null && pool == null) {
      held = part; // the only part, perhaps: no threads for it yet
      return;
    }
    if (pool == null) {
      AtomicInteger count = new AtomicInteger();
      pool =
          Executors.newFixedThreadPool(
              threads,
              task -> {
                Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
              });
      pending.add(pool.submit(held));
      held = null;
    }
    pending.add(pool.submit(part));
    while (pending.size() > 2 * threads) {
      handOver(pending.poll());
    }
  }

  /** Hands over every part given so far: before the giving thread reports something itself. */
  public void finish() throws IOException {
    if (held != null) {
      Callable<R> part = held;
      held = null;
      handover.accept(call(part));
    }
    while (!pending.isEmpty()) {
      handOver(pending.poll());
    }
  }

  private void handOver(Future<R> result) throws IOException {
    try {
      handover.accept(result.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading in parallel");
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    }
  }

  private static <R> R call(Callable<R> part) throws IOException {
    try {
      return part.call();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static IOException rethrown(Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException(cause);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
