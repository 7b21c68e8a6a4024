// SPDX-License-Identifier: MIT
// Helpers shared by the tests: small networks and a canonical text dump of a whole network,
// used to prove that failed mutations leave it exactly as it was.
#ifndef ASCN_TESTS_SUPPORT_HPP
#define ASCN_TESTS_SUPPORT_HPP

#include <ascn/network.hpp>

#include <algorithm>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

namespace ascn_test {

/// `prefix` followed by the number, e.g. numbered("c", 7) == "c7". (Not `"c" + std::to_string(7)`,
/// which g++ 12 at -O3 flags with a false -Wrestrict warning, GCC bug 105329.)
inline std::string numbered(const char* prefix, std::size_t i) {
    return std::string(prefix).append(std::to_string(i));
}

inline ascn::city make_city(std::string id, std::string country, int joined = 2018) {
    ascn::city c;
    c.id = std::move(id);
    c.name = c.id;
    c.country = std::move(country);
    c.joined = joined;
    return c;
}

inline ascn::relationship rel(ascn::relation_kind k, int start = 2018,
                              std::optional<int> end = std::nullopt) {
    ascn::relationship r;
    r.kind = k;
    r.start = start;
    r.end = end;
    return r;
}

/// A small network:
///   countries VN (1995), SG (1967), TL (2025)
///   cities da-nang (VN, 2018), hanoi (VN, 2018), ho-chi-minh (VN, 2018), singapore (SG, 2018),
///          dili (TL, 2026)
///   partners jica (agency), smart-jamp (programme), japan (government), acme (company)
///   da-nang -peer-learning(2019)- hanoi; jica -support(2019..2021)- da-nang;
///   smart-jamp -programme-of- japan; hanoi -participation(2020)- smart-jamp;
///   acme -business-match(2022)- singapore; singapore -twinning(2018)- jica
inline ascn::network small_network() {
    using K = ascn::relation_kind;
    ascn::network net;
    net.add_country({"VN", "Viet Nam", {1995, 7, 28}, "S1"});
    net.add_country({"SG", "Singapore", {1967, 8, 8}, "S1"});
    net.add_country({"TL", "Timor-Leste", {2025, 10, 26}, "N20"});
    net.add_city(make_city("da-nang", "VN"));
    net.add_city(make_city("hanoi", "VN"));
    net.add_city(make_city("ho-chi-minh", "VN"));
    net.add_city(make_city("singapore", "SG"));
    net.add_city(make_city("dili", "TL", 2026));
    net.add_partner({"jica", "JICA", ascn::partner_kind::agency, "JP", "S9"});
    net.add_partner({"smart-jamp", "Smart JAMP", ascn::partner_kind::programme, "JP", "S8"});
    net.add_partner({"japan", "Japan", ascn::partner_kind::government, "JP", "S1"});
    net.add_partner({"acme", "Acme", ascn::partner_kind::company, "SG", "test"});
    net.add_relationship("da-nang", "hanoi", rel(K::peer_learning, 2019));
    net.add_relationship("jica", "da-nang", rel(K::support, 2019, 2021));
    net.add_relationship("smart-jamp", "japan", rel(K::programme_of, 2019));
    net.add_relationship("hanoi", "smart-jamp", rel(K::participation, 2020));
    net.add_relationship("acme", "singapore", rel(K::business_match, 2022));
    net.add_relationship("singapore", "jica", rel(K::twinning, 2018));
    return net;
}

/// Every vertex and relationship with every attribute, sorted, one per line.
template <class Net>
std::string dump(const Net& net) {
    std::vector<std::string> lines;
    const auto& g = net.graph();
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
        std::ostringstream os;
        const auto& d = g[v];
        os << "V " << to_string(d.kind()) << ' ' << d.id();
        if (const auto* c = d.city())
            os << ' ' << c->name << ' ' << c->country << ' ' << c->joined << ' '
               << to_string(c->roles) << ' ' << c->profile.total();
        if (const auto* p = d.partner())
            os << ' ' << p->name << ' ' << to_string(p->kind);
        lines.push_back(os.str());
    }
    for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
        std::ostringstream os;
        const auto& r = g[*ei].value;
        os << "E " << g[net.from(*ei)].id() << ' ' << g[net.to(*ei)].id() << ' '
           << to_string(r.kind) << ' ' << r.start << ' '
           << (ascn::detail::end_year(r) ? std::to_string(*ascn::detail::end_year(r)) : "-") << ' '
           << g[*ei].key;
        lines.push_back(os.str());
    }
    std::sort(lines.begin(), lines.end());
    std::string out = "cities " + std::to_string(net.num_cities()) + " countries " +
                      std::to_string(net.num_countries()) + " partners " +
                      std::to_string(net.num_partners()) + "\n";
    for (auto& l : lines)
        out += l + '\n';
    return out;
}

/// Every attribute of every vertex and relationship of a default-typed network, without the
/// relationship keys (which a reader assigns afresh), sorted: equal dumps mean equal networks.
inline std::string full_dump(const ascn::network& net) {
    std::vector<std::string> lines;
    const auto& g = net.graph();
    auto num = [](double v) {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.17g", v);
        return std::string(buf);
    };
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
        std::ostringstream os;
        const auto& d = g[v];
        os << "V|" << to_string(d.kind()) << '|' << d.id();
        if (const auto* c = d.city()) {
            os << '|' << c->name << '|' << c->country << '|' << c->joined << '|'
               << (c->location ? num(c->location->lat) + "," + num(c->location->lon) : "-") << '|'
               << (c->population ? std::to_string(*c->population) : "-") << '|' << c->capital << '|'
               << to_string(c->roles) << '|' << c->roles_editorial << '|';
            for (const auto& a : c->aliases)
                os << a << '^';
            for (double p : c->profile.projects)
                os << '|' << num(p);
            os << '|' << c->source;
        }
        if (const auto* k = d.country())
            os << '|' << k->name << '|' << to_string(k->joined) << '|' << k->source;
        if (const auto* p = d.partner())
            os << '|' << p->name << '|' << to_string(p->kind) << '|' << p->home_country << '|'
               << p->source;
        lines.push_back(os.str());
    }
    for (auto [ei, ee] = boost::edges(g); ei != ee; ++ei) {
        std::ostringstream os;
        const auto& r = g[*ei].value;
        os << "E|" << g[net.from(*ei)].id() << '|' << g[net.to(*ei)].id() << '|'
           << to_string(r.kind) << '|' << r.start << '|' << (r.end ? std::to_string(*r.end) : "-")
           << '|' << to_string(r.focus) << '|' << (r.strength ? num(*r.strength) : "-") << '|'
           << r.source << '|' << r.note;
        lines.push_back(os.str());
    }
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (auto& l : lines)
        out += l + '\n';
    return out;
}

} // namespace ascn_test

#endif // ASCN_TESTS_SUPPORT_HPP
