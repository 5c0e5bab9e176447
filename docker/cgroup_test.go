package docker

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// cgroupSampler samples a container's cgroups every sampleInterval until
// stopped: the peak of its memory use as the kernel charges it (anonymous
// memory and page cache, what a memory limit counts: memory.usage_in_bytes
// in cgroup v1, memory.current in v2), the peak of its anonymous memory
// alone (total_rss in v1's memory.stat, anon in v2's), from which page cache
// cannot be reclaimed, and the CPU time its processes used meanwhile
// (cpuacct.usage in v1, usage_usec of cpu.stat in v2).
type cgroupSampler struct {
	cg                  cgroupFiles
	stop                chan struct{}
	done                sync.WaitGroup
	mu                  sync.Mutex
	peakUsage, peakAnon float64 // bytes
	cpu0                float64 // seconds
}

// cgroupFiles are where a container's figures are, by cgroup version.
type cgroupFiles struct {
	usage, stat, anonKey string // memory
	cpu, cpuKey          string // cpu: a file of nanoseconds, or cpu.stat's key of microseconds
}

// sampleInterval is how often cgroupSampler reads the cgroup: a cell's
// compilation holds its peak for seconds, so 250 ms catches it.
const sampleInterval = 250 * time.Millisecond

// containerCgroup returns the cgroup files of the running container name,
// found from /proc/PID/cgroup of its first process.
func containerCgroup(t *testing.T, p *podman, name string) cgroupFiles {
	t.Helper()
	pid := strings.TrimSpace(p.must(t, "inspect", "--format", "{{.State.Pid}}", name))
	f, err := os.Open(filepath.Join("/proc", pid, "cgroup"))
	if err != nil {
		t.Fatalf("cgroup of container %s: %v", name, err)
	}
	defer f.Close()
	paths := map[string]string{} // controller (v1) or "" (v2) → path
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// hierarchy-ID:controller-list:path (cgroups(7)).
		parts := strings.SplitN(sc.Text(), ":", 3)
		if len(parts) != 3 {
			continue
		}
		for _, c := range strings.Split(parts[1], ",") {
			paths[c] = filepath.Join("/sys/fs/cgroup", parts[1], parts[2])
		}
	}
	if mem, ok := paths["memory"]; ok && paths["cpuacct"] != "" {
		return cgroupFiles{usage: filepath.Join(mem, "memory.usage_in_bytes"), stat: filepath.Join(mem, "memory.stat"),
			anonKey: "total_rss", cpu: filepath.Join(paths["cpuacct"], "cpuacct.usage")}
	}
	if v2, ok := paths[""]; ok {
		return cgroupFiles{usage: filepath.Join(v2, "memory.current"), stat: filepath.Join(v2, "memory.stat"),
			anonKey: "anon", cpu: filepath.Join(v2, "cpu.stat"), cpuKey: "usage_usec"}
	}
	t.Fatalf("container %s (pid %s) has no memory and cpu cgroup: %v", name, pid, paths)
	return cgroupFiles{}
}

// sampleCgroup starts sampling the container name's cgroups.
func sampleCgroup(t *testing.T, p *podman, name string) *cgroupSampler {
	t.Helper()
	s := &cgroupSampler{cg: containerCgroup(t, p, name), stop: make(chan struct{})}
	if _, _, err := s.memory(); err != nil {
		t.Fatalf("memory of container %s: %v", name, err)
	}
	var err error
	if s.cpu0, err = s.cpuSeconds(); err != nil {
		t.Fatalf("CPU time of container %s: %v", name, err)
	}
	s.done.Add(1)
	go func() {
		defer s.done.Done()
		tick := time.NewTicker(sampleInterval)
		defer tick.Stop()
		for {
			if usage, anon, err := s.memory(); err == nil {
				s.mu.Lock()
				s.peakUsage, s.peakAnon = max(s.peakUsage, usage), max(s.peakAnon, anon)
				s.mu.Unlock()
			}
			select {
			case <-s.stop:
				return
			case <-tick.C:
			}
		}
	}()
	return s
}

// memory returns the cgroup's charged and anonymous memory in bytes.
func (s *cgroupSampler) memory() (usage, anon float64, err error) {
	data, err := os.ReadFile(s.cg.usage)
	if err != nil {
		return 0, 0, err
	}
	if usage, err = strconv.ParseFloat(strings.TrimSpace(string(data)), 64); err != nil {
		return 0, 0, err
	}
	anon, err = statValue(s.cg.stat, s.cg.anonKey)
	return usage, anon, err
}

// cpuSeconds returns the CPU time the cgroup's processes have used.
func (s *cgroupSampler) cpuSeconds() (float64, error) {
	if s.cg.cpuKey != "" {
		us, err := statValue(s.cg.cpu, s.cg.cpuKey)
		return us / 1e6, err
	}
	data, err := os.ReadFile(s.cg.cpu)
	if err != nil {
		return 0, err
	}
	ns, err := strconv.ParseFloat(strings.TrimSpace(string(data)), 64)
	return ns / 1e9, err
}

// statValue returns the value of key in a "key value" lines file.
func statValue(file, key string) (float64, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, " "); ok && k == key {
			return strconv.ParseFloat(v, 64)
		}
	}
	return 0, fmt.Errorf("%s has no %s", file, key)
}

// Stop stops sampling and returns the peaks in MB and the CPU seconds used
// since sampling started.
func (s *cgroupSampler) Stop() (usageMB, anonMB, cpuS float64) {
	close(s.stop)
	s.done.Wait()
	cpu, _ := s.cpuSeconds()
	return s.peakUsage / 1e6, s.peakAnon / 1e6, cpu - s.cpu0
}
