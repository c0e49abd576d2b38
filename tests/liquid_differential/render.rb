# Renders each case of a JSON array read from stdin ({template, data,
# partials}) with ruby-liquid in lax mode, as Jekyll's default error mode
# does, and prints the outputs as a JSON array. Partials are found by the
# name {% include 'name' %} gives.
require 'json'
require 'liquid'
# al-folio's build has ActiveSupport loaded (its Gemfile.lock): blank? on everything.
require 'active_support/core_ext/object/blank'

class PartialsFileSystem
  def initialize(partials)
    @partials = partials
  end

  def read_template_file(name)
    @partials.fetch(name) { raise Liquid::FileSystemError, "No such template '#{name}'" }
  end
end

cases = JSON.parse($stdin.read)
outputs = cases.map do |c|
  template = Liquid::Template.parse(c['template'], error_mode: :lax)
  template.registers[:file_system] = PartialsFileSystem.new(c['partials'] || {})
  template.render(c['data'] || {})
rescue StandardError => e
  "RUBY RAISED: #{e.class}: #{e.message}"
end
puts JSON.generate(outputs)
