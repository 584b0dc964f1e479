package demo

import (
	"fmt"
	"strings"

	"accountdesk/backend"
)

// client is the seed of one demo account.
type client struct {
	name, industry, domain string
	tier, status, health   string
	reason, contract       string
	core, growInto         string
	retainerHours          float64
	monthlyRevenue         int64 // minor units
	growth                 float64
	seed                   int
}

// clientFor returns the i-th demo client: a dozen written by hand, then
// generated ones for large benchmark workspaces.
func clientFor(i int) client {
	hand := []client{
		{name: "Northwind Retail", industry: "Retail", domain: "northwind", tier: backend.TierStrategic, core: "Brand campaigns", growInto: "Retail media", retainerHours: 320, monthlyRevenue: 95_000_00, growth: 0.12},
		{name: "Helios Energy", industry: "Energy", domain: "helios", tier: backend.TierStrategic, core: "Corporate comms", growInto: "Social", retainerHours: 260, monthlyRevenue: 80_000_00, growth: 0.08, health: backend.HealthAmber, reason: "New CMO reviewing all agencies"},
		{name: "Bluebird Airways", industry: "Travel", domain: "bluebird", tier: backend.TierKey, core: "Performance media", growInto: "CRM & lifecycle", retainerHours: 200, monthlyRevenue: 60_000_00, growth: 0.15},
		{name: "Fernhill Foods", industry: "FMCG", domain: "fernhill", tier: backend.TierKey, core: "Packaging design", growInto: "Social", retainerHours: 150, monthlyRevenue: 38_000_00, growth: 0.05},
		{name: "Crestline Bank", industry: "Financial services", domain: "crestline", tier: backend.TierStrategic, core: "Brand campaigns", growInto: "Content studio", retainerHours: 300, monthlyRevenue: 110_000_00, growth: 0.06, health: backend.HealthRed, reason: "Fee review by procurement; scope cut threatened"},
		{name: "Orbit Telecom", industry: "Telecoms", domain: "orbit", tier: backend.TierKey, core: "Performance media", growInto: "Retail media", retainerHours: 180, monthlyRevenue: 52_000_00, growth: 0.1},
		{name: "Meridian Health", industry: "Healthcare", domain: "meridian", tier: backend.TierKey, core: "Patient comms", growInto: "CRM & lifecycle", retainerHours: 120, monthlyRevenue: 30_000_00, growth: 0.18},
		{name: "Atlas Motors", industry: "Automotive", domain: "atlas", tier: backend.TierStrategic, core: "Launch campaigns", growInto: "Experiential", retainerHours: 280, monthlyRevenue: 90_000_00, growth: 0.04, health: backend.HealthAmber, reason: "Launch delayed; budget moved to next year"},
		{name: "Pinecrest Hotels", industry: "Hospitality", domain: "pinecrest", tier: backend.TierStandard, core: "Social", growInto: "Influencer", retainerHours: 60, monthlyRevenue: 12_000_00, growth: 0.2},
		{name: "Vantage Software", industry: "Technology", domain: "vantage", tier: backend.TierStandard, core: "B2B content", growInto: "Account-based marketing", retainerHours: 80, monthlyRevenue: 16_000_00, growth: 0.25, contract: backend.ContractProject},
		{name: "Harbour Insurance", industry: "Insurance", domain: "harbour", tier: backend.TierKey, core: "Direct response", growInto: "Social", retainerHours: 140, monthlyRevenue: 34_000_00, growth: 0.07},
		{name: "Lumen Beauty", industry: "Beauty", domain: "lumen", tier: backend.TierStandard, core: "Influencer", growInto: "Retail media", retainerHours: 40, monthlyRevenue: 7_000_00, growth: 0.3, status: backend.StatusProspect},
	}
	var c client
	if i < len(hand) {
		c = hand[i]
	} else {
		base := hand[i%len(hand)]
		c = base
		c.name = fmt.Sprintf("%s %s %d", prefixes[i%len(prefixes)], suffixes[(i/len(prefixes))%len(suffixes)], i/(len(prefixes)*len(suffixes))+1)
		c.domain = strings.ToLower(strings.ReplaceAll(c.name, " ", ""))
		c.monthlyRevenue = base.monthlyRevenue * int64(50+i%100) / 100
	}
	c.seed = i
	if c.status == "" {
		c.status = backend.StatusActive
	}
	if c.health == "" {
		c.health = backend.HealthGreen
	}
	if c.contract == "" {
		c.contract = backend.ContractRetainer
	}
	return c
}

func lower(s string) string { return strings.ToLower(s) }

var (
	prefixes   = []string{"Apex", "Birch", "Cobalt", "Delta", "Ember", "Falcon", "Granite", "Horizon", "Iris", "Juniper", "Kestrel", "Linden", "Maple", "Nimbus", "Onyx", "Prism", "Quarry", "Raven", "Summit", "Tidal"}
	suffixes   = []string{"Foods", "Bank", "Motors", "Health", "Retail", "Energy", "Media", "Travel", "Labs", "Telecom", "Insurance", "Brands", "Logistics", "Pharma", "Studios"}
	firstNames = []string{"Alex", "Sam", "Priya", "Jordan", "Mei", "Tomás", "Aisha", "Lukas", "Hannah", "Kwame", "Sofia", "Ravi"}
	lastNames  = []string{"Morgan", "Okafor", "Chen", "Schmidt", "Patel", "García", "Novak", "Lindqvist", "Haddad", "Brennan"}
	rivals     = []string{"Redline Partners", "Kite & Co", "Oxbow Digital", "Monolith Creative", "Fathom Media"}
)
