# ruby-liquid's side of bench/liquid.mjs: reads {template, data} as JSON on
# stdin, parses once, renders RUNS times, prints the median ms of a render
# and the output's length as JSON.
require 'json'
require 'liquid'

request = JSON.parse($stdin.read)
runs = Integer(ARGV[0] || 5)
template = Liquid::Template.parse(request['template'], error_mode: :lax)
times = []
output = ''
runs.times do
  started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  output = template.render(request['data'])
  times << (Process.clock_gettime(Process::CLOCK_MONOTONIC) - started) * 1000
end
puts JSON.generate({ median_ms: times.sort[times.size / 2], output_bytes: output.bytesize })
