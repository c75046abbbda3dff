/* measure: run one benchmark binary and report its wall time and peak RSS.
 *
 *   measure RESULT_FILE PROGRAM [ARGS...]
 *
 * writes "<exit code> <peak RSS KiB> <wall ns>\n" to RESULT_FILE (exit code
 * 128+N when killed by signal N). bench/run.py compiles and uses this
 * instead of forking the benchmark from Python because Linux folds the RSS
 * high-water mark of the image a process had before execve into its
 * ru_maxrss: a child forked from the ~16 MB Python interpreter would never
 * report less than 16 MB, hiding the difference between a 1.5 MB and a
 * 10 MB program. Forked from this tiny process, the floor is a few hundred
 * KiB. The numbers still come from wait4's rusage, as from os.wait4.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: measure RESULT_FILE PROGRAM [ARGS...]\n");
    return 2;
  }
  struct timespec start, end;
  clock_gettime(CLOCK_MONOTONIC, &start);
  pid_t pid = fork();
  if (pid < 0) {
    perror("measure: fork");
    return 2;
  }
  if (pid == 0) {
    execv(argv[2], argv + 2);
    perror("measure: exec");
    _exit(127);
  }
  int status;
  struct rusage ru;
  if (wait4(pid, &status, 0, &ru) < 0) {
    perror("measure: wait4");
    return 2;
  }
  clock_gettime(CLOCK_MONOTONIC, &end);
  long long ns = (long long)(end.tv_sec - start.tv_sec) * 1000000000LL +
                 (end.tv_nsec - start.tv_nsec);
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  FILE *f = fopen(argv[1], "w");
  if (!f) {
    perror("measure: result file");
    return 2;
  }
  fprintf(f, "%d %ld %lld\n", code, ru.ru_maxrss, ns);
  return fclose(f) == 0 ? 0 : 2;
}
