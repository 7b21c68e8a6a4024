// SPDX-License-Identifier: MIT
// `ascn show ID`: one city, country or partner and its relationships.
#include "../command.hpp"
#include "../output.hpp"
#include "../table.hpp"

#include <ascn/views.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <ostream>
#include <string>

namespace ascn_tool {
namespace {

class show_command final : public command {
public:
    void options(CLI::App& app) override {
        app.add_option("id", id_, "id, or a city's name or alias")->required();
        add_format_option(app, format_);
    }

    int run(const input& in, std::ostream& out) override {
        const ascn::network& net = in.network();
        // On the embedded ASCN, accept city names and aliases ("Kota Cebu") as well as ids.
        const std::string key = in.resolve(id_);
        const auto& d = net.at(key); // throws unknown_id_error with suggestions
        if (format_ == "json") {
            nlohmann::ordered_json j;
            j["id"] = std::string(d.id());
            j["kind"] = std::string(ascn::to_string(d.kind()));
            auto& links = j["relationships"] = nlohmann::ordered_json::array();
            for (auto n : ascn::neighbours(net, key)) {
                const auto r = n.relationship();
                links.push_back({{"kind", std::string(ascn::to_string(r.kind()))},
                                 {"from", std::string(r.from_id())},
                                 {"to", std::string(r.to_id())},
                                 {"start", r.value().start},
                                 {"end", r.value().end ? nlohmann::ordered_json(*r.value().end)
                                                       : nlohmann::ordered_json()},
                                 {"ref", r.value().source}});
            }
            out << j.dump(1) << '\n';
            return 0;
        }
        out << ascn::to_string(d.kind()) << ' ' << d.id();
        if (const auto* c = d.city())
            out << ": " << c->name << " (" << c->country << "), joined " << c->joined;
        if (const auto* k = d.country())
            out << ": " << k->name << ", joined ASEAN " << ascn::to_string(k->joined);
        if (const auto* p = d.partner())
            out << ": " << p->name << " (" << ascn::to_string(p->kind) << ")";
        out << "\n\n";
        table t({"relationship", "with", "from", "until", "source"});
        for (auto n : ascn::neighbours(net, key)) {
            const auto r = n.relationship();
            t.add({std::string(ascn::to_string(r.kind())), std::string(n.id()),
                   std::to_string(r.value().start),
                   r.value().end ? std::to_string(*r.value().end) : std::string(),
                   r.value().source});
        }
        t.print(out);
        return 0;
    }

private:
    std::string id_;
    std::string format_ = "table";
};

} // namespace

std::unique_ptr<command> make_show() {
    return std::make_unique<show_command>();
}

} // namespace ascn_tool
