export namespace app {
	
	export class DateQuestion {
	    ambiguous: boolean;
	    order: string;
	    example: string;
	    asDMY: string;
	    asMDY: string;
	
	    static createFrom(source: any = {}) {
	        return new DateQuestion(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ambiguous = source["ambiguous"];
	        this.order = source["order"];
	        this.example = source["example"];
	        this.asDMY = source["asDMY"];
	        this.asMDY = source["asMDY"];
	    }
	}
	export class ExportFileStatus {
	    name: string;
	    status: string;
	
	    static createFrom(source: any = {}) {
	        return new ExportFileStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.status = source["status"];
	    }
	}
	export class ExportProgress {
	    id: number;
	    state: string;
	    done: number;
	    total: number;
	    files: ExportFileStatus[];
	    run?: backend.ExportRun;
	    error?: backend.Error;
	
	    static createFrom(source: any = {}) {
	        return new ExportProgress(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.state = source["state"];
	        this.done = source["done"];
	        this.total = source["total"];
	        this.files = this.convertValues(source["files"], ExportFileStatus);
	        this.run = this.convertValues(source["run"], backend.ExportRun);
	        this.error = this.convertValues(source["error"], backend.Error);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ExportTarget {
	    destination: string;
	    user: string;
	    password: string;
	
	    static createFrom(source: any = {}) {
	        return new ExportTarget(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.destination = source["destination"];
	        this.user = source["user"];
	        this.password = source["password"];
	    }
	}
	export class FailedRowsFile {
	    name: string;
	    content: string;
	
	    static createFrom(source: any = {}) {
	        return new FailedRowsFile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.content = source["content"];
	    }
	}
	export class ImportProgress {
	    id: number;
	    dryRun: boolean;
	    state: string;
	    done: number;
	    total: number;
	    result?: backend.ImportResult;
	    error?: backend.Error;
	
	    static createFrom(source: any = {}) {
	        return new ImportProgress(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.dryRun = source["dryRun"];
	        this.state = source["state"];
	        this.done = source["done"];
	        this.total = source["total"];
	        this.result = this.convertValues(source["result"], backend.ImportResult);
	        this.error = this.convertValues(source["error"], backend.Error);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ImportProposal {
	    mapping: backend.ImportMapping;
	    from: string;
	    problem: string;
	    dates: DateQuestion;
	
	    static createFrom(source: any = {}) {
	        return new ImportProposal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.mapping = this.convertValues(source["mapping"], backend.ImportMapping);
	        this.from = source["from"];
	        this.problem = source["problem"];
	        this.dates = this.convertValues(source["dates"], DateQuestion);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class LockStatus {
	    enabled: boolean;
	    unlocked: boolean;
	    idleMinutes: number;
	
	    static createFrom(source: any = {}) {
	        return new LockStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.enabled = source["enabled"];
	        this.unlocked = source["unlocked"];
	        this.idleMinutes = source["idleMinutes"];
	    }
	}
	export class PeerSent {
	    where: string;
	    files: string[];
	    emails: backend.PeerEmail[];
	    request: backend.PeerRequest;
	
	    static createFrom(source: any = {}) {
	        return new PeerSent(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.where = source["where"];
	        this.files = source["files"];
	        this.emails = this.convertValues(source["emails"], backend.PeerEmail);
	        this.request = this.convertValues(source["request"], backend.PeerRequest);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class QBRPackSaved {
	    pdf: string;
	    html: string;
	
	    static createFrom(source: any = {}) {
	        return new QBRPackSaved(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.pdf = source["pdf"];
	        this.html = source["html"];
	    }
	}
	export class StagedFile {
	    token: string;
	    fileName: string;
	    size: number;
	    format: string;
	    sheet: string;
	    rows: number;
	    header: string[];
	    firstRows: string[][];
	    kinds: string[];
	    fields: Record<string, Array<string>>;
	    proposal: ImportProposal;
	
	    static createFrom(source: any = {}) {
	        return new StagedFile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.token = source["token"];
	        this.fileName = source["fileName"];
	        this.size = source["size"];
	        this.format = source["format"];
	        this.sheet = source["sheet"];
	        this.rows = source["rows"];
	        this.header = source["header"];
	        this.firstRows = source["firstRows"];
	        this.kinds = source["kinds"];
	        this.fields = source["fields"];
	        this.proposal = this.convertValues(source["proposal"], ImportProposal);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace backend {
	
	export class Account {
	    id: number;
	    name: string;
	    industry: string;
	    tier: string;
	    status: string;
	    health: string;
	    healthReason: string;
	    contractType: string;
	    retainerHoursPerMonth: number;
	    contractStart: string;
	    renewalDate: string;
	    noticeDays: number;
	    agencyOfRecord: boolean;
	    notes: string;
	    version: number;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Account(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.industry = source["industry"];
	        this.tier = source["tier"];
	        this.status = source["status"];
	        this.health = source["health"];
	        this.healthReason = source["healthReason"];
	        this.contractType = source["contractType"];
	        this.retainerHoursPerMonth = source["retainerHoursPerMonth"];
	        this.contractStart = source["contractStart"];
	        this.renewalDate = source["renewalDate"];
	        this.noticeDays = source["noticeDays"];
	        this.agencyOfRecord = source["agencyOfRecord"];
	        this.notes = source["notes"];
	        this.version = source["version"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class HealthChange {
	    health: string;
	    reason: string;
	    changedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new HealthChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.health = source["health"];
	        this.reason = source["reason"];
	        this.changedAt = source["changedAt"];
	    }
	}
	export class AccountEvidence {
	    accountId: number;
	    accountName: string;
	    role: string;
	    shareOfPeriodPct: number;
	    revenueMinor: number;
	    targetMinor: number;
	    priorRevenueMinor: number;
	    growthPct: number;
	    marginPct: number;
	    writeOffMinor: number;
	    objectivesAchieved: number;
	    objectivesTotal: number;
	    qbrsHeld: number;
	    healthChanges: HealthChange[];
	
	    static createFrom(source: any = {}) {
	        return new AccountEvidence(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.role = source["role"];
	        this.shareOfPeriodPct = source["shareOfPeriodPct"];
	        this.revenueMinor = source["revenueMinor"];
	        this.targetMinor = source["targetMinor"];
	        this.priorRevenueMinor = source["priorRevenueMinor"];
	        this.growthPct = source["growthPct"];
	        this.marginPct = source["marginPct"];
	        this.writeOffMinor = source["writeOffMinor"];
	        this.objectivesAchieved = source["objectivesAchieved"];
	        this.objectivesTotal = source["objectivesTotal"];
	        this.qbrsHeld = source["qbrsHeld"];
	        this.healthChanges = this.convertValues(source["healthChanges"], HealthChange);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AccountFilter {
	    id: number;
	    search: string;
	    tier: string;
	    health: string;
	    status: string;
	    completenessBelow: number;
	
	    static createFrom(source: any = {}) {
	        return new AccountFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.search = source["search"];
	        this.tier = source["tier"];
	        this.health = source["health"];
	        this.status = source["status"];
	        this.completenessBelow = source["completenessBelow"];
	    }
	}
	export class AccountRevenue {
	    accountId: number;
	    accountName: string;
	    revenueMinor: number;
	    targetMinor: number;
	    hasTarget: boolean;
	
	    static createFrom(source: any = {}) {
	        return new AccountRevenue(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.revenueMinor = source["revenueMinor"];
	        this.targetMinor = source["targetMinor"];
	        this.hasTarget = source["hasTarget"];
	    }
	}
	export class QBRDue {
	    state: string;
	    quarter: string;
	    daysLeft: number;
	    lastHeld: string;
	    basis: string;
	
	    static createFrom(source: any = {}) {
	        return new QBRDue(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.state = source["state"];
	        this.quarter = source["quarter"];
	        this.daysLeft = source["daysLeft"];
	        this.lastHeld = source["lastHeld"];
	        this.basis = source["basis"];
	    }
	}
	export class AccountSummary {
	    id: number;
	    name: string;
	    industry: string;
	    tier: string;
	    status: string;
	    health: string;
	    renewalDate: string;
	    noticeDate: string;
	    revenueT12MMinor: number;
	    marginPct: number;
	    planStatus: string;
	    planPeriod: string;
	    planTargetMinor: number;
	    planType: string;
	    completeness: number;
	    qbr: QBRDue;
	
	    static createFrom(source: any = {}) {
	        return new AccountSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.industry = source["industry"];
	        this.tier = source["tier"];
	        this.status = source["status"];
	        this.health = source["health"];
	        this.renewalDate = source["renewalDate"];
	        this.noticeDate = source["noticeDate"];
	        this.revenueT12MMinor = source["revenueT12MMinor"];
	        this.marginPct = source["marginPct"];
	        this.planStatus = source["planStatus"];
	        this.planPeriod = source["planPeriod"];
	        this.planTargetMinor = source["planTargetMinor"];
	        this.planType = source["planType"];
	        this.completeness = source["completeness"];
	        this.qbr = this.convertValues(source["qbr"], QBRDue);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Coverage {
	    accountId: number;
	    accountName: string;
	    tier: string;
	    hasLead: boolean;
	    hasBackup: boolean;
	    hoursPerMonth: number;
	    retainerHours: number;
	    overServiced: boolean;
	    needsBackup: boolean;
	    leaversOnAccount: string[];
	
	    static createFrom(source: any = {}) {
	        return new Coverage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.tier = source["tier"];
	        this.hasLead = source["hasLead"];
	        this.hasBackup = source["hasBackup"];
	        this.hoursPerMonth = source["hoursPerMonth"];
	        this.retainerHours = source["retainerHours"];
	        this.overServiced = source["overServiced"];
	        this.needsBackup = source["needsBackup"];
	        this.leaversOnAccount = source["leaversOnAccount"];
	    }
	}
	export class Allocation {
	    id: number;
	    personId: number;
	    accountId: number;
	    accountName: string;
	    personName: string;
	    percent: number;
	    role: string;
	    startDate: string;
	    endDate: string;
	    tentative: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Allocation(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.personId = source["personId"];
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.personName = source["personName"];
	        this.percent = source["percent"];
	        this.role = source["role"];
	        this.startDate = source["startDate"];
	        this.endDate = source["endDate"];
	        this.tentative = source["tentative"];
	    }
	}
	export class AccountTeamMember {
	    allocation: Allocation;
	    hoursPerMonth: number;
	
	    static createFrom(source: any = {}) {
	        return new AccountTeamMember(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.allocation = this.convertValues(source["allocation"], Allocation);
	        this.hoursPerMonth = source["hoursPerMonth"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AccountTeam {
	    members: AccountTeamMember[];
	    coverage?: Coverage;
	
	    static createFrom(source: any = {}) {
	        return new AccountTeam(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.members = this.convertValues(source["members"], AccountTeamMember);
	        this.coverage = this.convertValues(source["coverage"], Coverage);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Action {
	    key: string;
	    title: string;
	    owner: string;
	    ownerId: number;
	    due: string;
	    status: string;
	    objectiveKey: string;
	
	    static createFrom(source: any = {}) {
	        return new Action(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.title = source["title"];
	        this.owner = source["owner"];
	        this.ownerId = source["ownerId"];
	        this.due = source["due"];
	        this.status = source["status"];
	        this.objectiveKey = source["objectiveKey"];
	    }
	}
	export class OneOnOneAction {
	    key: string;
	    text: string;
	    owner: string;
	    due: string;
	    done: boolean;
	
	    static createFrom(source: any = {}) {
	        return new OneOnOneAction(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.text = source["text"];
	        this.owner = source["owner"];
	        this.due = source["due"];
	        this.done = source["done"];
	    }
	}
	export class ActionItem {
	    oneOnOneId: number;
	    personId: number;
	    personName: string;
	    date: string;
	    action: OneOnOneAction;
	    overdue: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ActionItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.oneOnOneId = source["oneOnOneId"];
	        this.personId = source["personId"];
	        this.personName = source["personName"];
	        this.date = source["date"];
	        this.action = this.convertValues(source["action"], OneOnOneAction);
	        this.overdue = source["overdue"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ActionRow {
	    accountId: number;
	    accountName: string;
	    action: Action;
	
	    static createFrom(source: any = {}) {
	        return new ActionRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.action = this.convertValues(source["action"], Action);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class OverSpan {
	    from: string;
	    to: string;
	    peak: number;
	
	    static createFrom(source: any = {}) {
	        return new OverSpan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.peak = source["peak"];
	    }
	}
	export class AllocationCheck {
	    over: OverSpan[];
	    beforeStart: boolean;
	    personStart: string;
	
	    static createFrom(source: any = {}) {
	        return new AllocationCheck(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.over = this.convertValues(source["over"], OverSpan);
	        this.beforeStart = source["beforeStart"];
	        this.personStart = source["personStart"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Evidence {
	    from: string;
	    to: string;
	    accounts: AccountEvidence[];
	
	    static createFrom(source: any = {}) {
	        return new Evidence(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.accounts = this.convertValues(source["accounts"], AccountEvidence);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Compensation {
	    kind: string;
	    meritPct: number;
	    promotionRole: string;
	    bonusMinor: number;
	    justification: string;
	
	    static createFrom(source: any = {}) {
	        return new Compensation(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.meritPct = source["meritPct"];
	        this.promotionRole = source["promotionRole"];
	        this.bonusMinor = source["bonusMinor"];
	        this.justification = source["justification"];
	    }
	}
	export class DevAction {
	    action: string;
	    support: string;
	    due: string;
	
	    static createFrom(source: any = {}) {
	        return new DevAction(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.action = source["action"];
	        this.support = source["support"];
	        this.due = source["due"];
	    }
	}
	export class Overall {
	    score: number;
	    complete: boolean;
	    rated: number;
	    total: number;
	    weightUsed: number;
	    explain: string;
	
	    static createFrom(source: any = {}) {
	        return new Overall(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.score = source["score"];
	        this.complete = source["complete"];
	        this.rated = source["rated"];
	        this.total = source["total"];
	        this.weightUsed = source["weightUsed"];
	        this.explain = source["explain"];
	    }
	}
	export class Goal {
	    key: string;
	    weight: number;
	    self: number;
	    manager: number;
	    selfComment: string;
	    managerComment: string;
	    title: string;
	    nextPeriod: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Goal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.weight = source["weight"];
	        this.self = source["self"];
	        this.manager = source["manager"];
	        this.selfComment = source["selfComment"];
	        this.managerComment = source["managerComment"];
	        this.title = source["title"];
	        this.nextPeriod = source["nextPeriod"];
	    }
	}
	export class Rating {
	    key: string;
	    weight: number;
	    self: number;
	    manager: number;
	    selfComment: string;
	    managerComment: string;
	
	    static createFrom(source: any = {}) {
	        return new Rating(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.weight = source["weight"];
	        this.self = source["self"];
	        this.manager = source["manager"];
	        this.selfComment = source["selfComment"];
	        this.managerComment = source["managerComment"];
	    }
	}
	export class Scale {
	    min: number;
	    max: number;
	    labels: string[];
	
	    static createFrom(source: any = {}) {
	        return new Scale(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.min = source["min"];
	        this.max = source["max"];
	        this.labels = source["labels"];
	    }
	}
	export class Appraisal {
	    id: number;
	    cycleId: number;
	    cycleName: string;
	    personId: number;
	    personName: string;
	    managerName: string;
	    status: string;
	    scale: Scale;
	    competencies: Rating[];
	    goals: Goal[];
	    overall: Overall;
	    overrideScore: number;
	    overrideReason: string;
	    potential: string;
	    strengths: string;
	    developmentAreas: string;
	    developmentPlan: DevAction[];
	    compensation: Compensation;
	    privateNotes: string;
	    ackDate: string;
	    ackComment: string;
	    evidence?: Evidence;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Appraisal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.cycleId = source["cycleId"];
	        this.cycleName = source["cycleName"];
	        this.personId = source["personId"];
	        this.personName = source["personName"];
	        this.managerName = source["managerName"];
	        this.status = source["status"];
	        this.scale = this.convertValues(source["scale"], Scale);
	        this.competencies = this.convertValues(source["competencies"], Rating);
	        this.goals = this.convertValues(source["goals"], Goal);
	        this.overall = this.convertValues(source["overall"], Overall);
	        this.overrideScore = source["overrideScore"];
	        this.overrideReason = source["overrideReason"];
	        this.potential = source["potential"];
	        this.strengths = source["strengths"];
	        this.developmentAreas = source["developmentAreas"];
	        this.developmentPlan = this.convertValues(source["developmentPlan"], DevAction);
	        this.compensation = this.convertValues(source["compensation"], Compensation);
	        this.privateNotes = source["privateNotes"];
	        this.ackDate = source["ackDate"];
	        this.ackComment = source["ackComment"];
	        this.evidence = this.convertValues(source["evidence"], Evidence);
	        this.version = source["version"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AppraisalSummary {
	    id: number;
	    personId: number;
	    personName: string;
	    cycleName: string;
	    role: string;
	    managerName: string;
	    status: string;
	    score: number;
	    overridden: boolean;
	    potential: string;
	    performance: string;
	
	    static createFrom(source: any = {}) {
	        return new AppraisalSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.personId = source["personId"];
	        this.personName = source["personName"];
	        this.cycleName = source["cycleName"];
	        this.role = source["role"];
	        this.managerName = source["managerName"];
	        this.status = source["status"];
	        this.score = source["score"];
	        this.overridden = source["overridden"];
	        this.potential = source["potential"];
	        this.performance = source["performance"];
	    }
	}
	export class AuditEntry {
	    at: string;
	    action: string;
	    detail: string;
	
	    static createFrom(source: any = {}) {
	        return new AuditEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.at = source["at"];
	        this.action = source["action"];
	        this.detail = source["detail"];
	    }
	}
	export class CarryItem {
	    section: string;
	    key: string;
	    title: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new CarryItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.section = source["section"];
	        this.key = source["key"];
	        this.title = source["title"];
	        this.note = source["note"];
	    }
	}
	export class CarryPreview {
	    fromPlanId: number;
	    fromPeriod: string;
	    period: string;
	    carried: CarryItem[];
	    left: CarryItem[];
	
	    static createFrom(source: any = {}) {
	        return new CarryPreview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.fromPlanId = source["fromPlanId"];
	        this.fromPeriod = source["fromPeriod"];
	        this.period = source["period"];
	        this.carried = this.convertValues(source["carried"], CarryItem);
	        this.left = this.convertValues(source["left"], CarryItem);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CellOpportunity {
	    key: string;
	    title: string;
	    stage: string;
	    valueMinor: number;
	    planId: number;
	    period: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new CellOpportunity(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.title = source["title"];
	        this.stage = source["stage"];
	        this.valueMinor = source["valueMinor"];
	        this.planId = source["planId"];
	        this.period = source["period"];
	        this.version = source["version"];
	    }
	}
	export class Cell {
	    divisionId: number;
	    serviceLineId: number;
	    status: string;
	    valueMinor: number;
	    competitor: string;
	    opportunityKey: string;
	    opportunity?: CellOpportunity;
	
	    static createFrom(source: any = {}) {
	        return new Cell(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.divisionId = source["divisionId"];
	        this.serviceLineId = source["serviceLineId"];
	        this.status = source["status"];
	        this.valueMinor = source["valueMinor"];
	        this.competitor = source["competitor"];
	        this.opportunityKey = source["opportunityKey"];
	        this.opportunity = this.convertValues(source["opportunity"], CellOpportunity);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Change {
	    section: string;
	    kind: string;
	    title: string;
	    detail: string;
	
	    static createFrom(source: any = {}) {
	        return new Change(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.section = source["section"];
	        this.kind = source["kind"];
	        this.title = source["title"];
	        this.detail = source["detail"];
	    }
	}
	
	export class Competency {
	    key: string;
	    name: string;
	    description: string;
	    weight: number;
	
	    static createFrom(source: any = {}) {
	        return new Competency(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.name = source["name"];
	        this.description = source["description"];
	        this.weight = source["weight"];
	    }
	}
	export class Completeness {
	    pct: number;
	    missing: string[];
	
	    static createFrom(source: any = {}) {
	        return new Completeness(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.pct = source["pct"];
	        this.missing = source["missing"];
	    }
	}
	export class ContactReport {
	    id: number;
	    accountId: number;
	    meetingAt: string;
	    writtenAt: string;
	    attendees: string;
	    decisions: string;
	    budget: string;
	    nextSteps: string;
	    late: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ContactReport(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.accountId = source["accountId"];
	        this.meetingAt = source["meetingAt"];
	        this.writtenAt = source["writtenAt"];
	        this.attendees = source["attendees"];
	        this.decisions = source["decisions"];
	        this.budget = source["budget"];
	        this.nextSteps = source["nextSteps"];
	        this.late = source["late"];
	    }
	}
	
	export class Cycle {
	    id: number;
	    name: string;
	    type: string;
	    periodFrom: string;
	    periodTo: string;
	    due: string;
	    status: string;
	    closedReason: string;
	    scale: Scale;
	    competencies: Competency[];
	    byState: Record<string, number>;
	
	    static createFrom(source: any = {}) {
	        return new Cycle(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.type = source["type"];
	        this.periodFrom = source["periodFrom"];
	        this.periodTo = source["periodTo"];
	        this.due = source["due"];
	        this.status = source["status"];
	        this.closedReason = source["closedReason"];
	        this.scale = this.convertValues(source["scale"], Scale);
	        this.competencies = this.convertValues(source["competencies"], Competency);
	        this.byState = source["byState"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Division {
	    id: number;
	    accountId: number;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new Division(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.accountId = source["accountId"];
	        this.name = source["name"];
	    }
	}
	export class Draft {
	    body: string;
	    baseVersion: number;
	    savedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Draft(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.body = source["body"];
	        this.baseVersion = source["baseVersion"];
	        this.savedAt = source["savedAt"];
	    }
	}
	export class Error {
	    code: string;
	    message: string;
	    field?: string;
	
	    static createFrom(source: any = {}) {
	        return new Error(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.message = source["message"];
	        this.field = source["field"];
	    }
	}
	
	export class ExportPlace {
	    name: string;
	    destination: string;
	    user: string;
	    passwordSaved: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ExportPlace(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.destination = source["destination"];
	        this.user = source["user"];
	        this.passwordSaved = source["passwordSaved"];
	    }
	}
	export class ExportRequest {
	    accountIds: number[];
	    portfolio: boolean;
	    withPlans: boolean;
	    formats: string[];
	    includeAppraisals: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ExportRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountIds = source["accountIds"];
	        this.portfolio = source["portfolio"];
	        this.withPlans = source["withPlans"];
	        this.formats = source["formats"];
	        this.includeAppraisals = source["includeAppraisals"];
	    }
	}
	export class ExportRunFile {
	    name: string;
	    bytes: number;
	    sha256: string;
	
	    static createFrom(source: any = {}) {
	        return new ExportRunFile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.bytes = source["bytes"];
	        this.sha256 = source["sha256"];
	    }
	}
	export class ExportRun {
	    id: number;
	    startedAt: string;
	    what: string;
	    formats: string;
	    destination: string;
	    ok: boolean;
	    message: string;
	    files: ExportRunFile[];
	    leftBehind: string[];
	
	    static createFrom(source: any = {}) {
	        return new ExportRun(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.startedAt = source["startedAt"];
	        this.what = source["what"];
	        this.formats = source["formats"];
	        this.destination = source["destination"];
	        this.ok = source["ok"];
	        this.message = source["message"];
	        this.files = this.convertValues(source["files"], ExportRunFile);
	        this.leftBehind = source["leftBehind"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class FeedbackNote {
	    id: number;
	    personId: number;
	    kind: string;
	    text: string;
	    date: string;
	    accountId: number;
	    accountName: string;
	    competency: string;
	    oneOnOneId: number;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new FeedbackNote(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.personId = source["personId"];
	        this.kind = source["kind"];
	        this.text = source["text"];
	        this.date = source["date"];
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.competency = source["competency"];
	        this.oneOnOneId = source["oneOnOneId"];
	        this.version = source["version"];
	    }
	}
	export class FieldChange {
	    field: string;
	    old: string;
	    new: string;
	
	    static createFrom(source: any = {}) {
	        return new FieldChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.old = source["old"];
	        this.new = source["new"];
	    }
	}
	export class FiscalYear {
	    label: string;
	    endYear: number;
	    firstMonth: string;
	    lastMonth: string;
	    toMonth: string;
	    monthsToDate: number;
	
	    static createFrom(source: any = {}) {
	        return new FiscalYear(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.label = source["label"];
	        this.endYear = source["endYear"];
	        this.firstMonth = source["firstMonth"];
	        this.lastMonth = source["lastMonth"];
	        this.toMonth = source["toMonth"];
	        this.monthsToDate = source["monthsToDate"];
	    }
	}
	export class Totals {
	    revenueMinor: number;
	    costMinor: number;
	    writeOffMinor: number;
	    marginMinor: number;
	    marginPct: number;
	    hoursUsed: number;
	
	    static createFrom(source: any = {}) {
	        return new Totals(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.revenueMinor = source["revenueMinor"];
	        this.costMinor = source["costMinor"];
	        this.writeOffMinor = source["writeOffMinor"];
	        this.marginMinor = source["marginMinor"];
	        this.marginPct = source["marginPct"];
	        this.hoursUsed = source["hoursUsed"];
	    }
	}
	export class MonthRow {
	    month: string;
	    revenueMinor: number;
	    costMinor: number;
	    writeOffMinor: number;
	    hoursUsed: number;
	    marginMinor: number;
	    marginPct: number;
	    hoursVsRetainerPct: number;
	    targetMinor: number;
	    hasTarget: boolean;
	
	    static createFrom(source: any = {}) {
	        return new MonthRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.revenueMinor = source["revenueMinor"];
	        this.costMinor = source["costMinor"];
	        this.writeOffMinor = source["writeOffMinor"];
	        this.hoursUsed = source["hoursUsed"];
	        this.marginMinor = source["marginMinor"];
	        this.marginPct = source["marginPct"];
	        this.hoursVsRetainerPct = source["hoursVsRetainerPct"];
	        this.targetMinor = source["targetMinor"];
	        this.hasTarget = source["hasTarget"];
	    }
	}
	export class Financials {
	    months: MonthRow[];
	    t12m: Totals;
	    yearToDate: Totals;
	    fiscalYear: FiscalYear;
	    retainerHoursPerMonth: number;
	
	    static createFrom(source: any = {}) {
	        return new Financials(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.months = this.convertValues(source["months"], MonthRow);
	        this.t12m = this.convertValues(source["t12m"], Totals);
	        this.yearToDate = this.convertValues(source["yearToDate"], Totals);
	        this.fiscalYear = this.convertValues(source["fiscalYear"], FiscalYear);
	        this.retainerHoursPerMonth = source["retainerHoursPerMonth"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class LineWallet {
	    serviceLineId: number;
	    currentMinor: number;
	    competitorMinor: number;
	    potentialMinor: number;
	    untappedMinor: number;
	    sharePct: number;
	    hasShare: boolean;
	    unpricedCompetitors: number;
	
	    static createFrom(source: any = {}) {
	        return new LineWallet(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.serviceLineId = source["serviceLineId"];
	        this.currentMinor = source["currentMinor"];
	        this.competitorMinor = source["competitorMinor"];
	        this.potentialMinor = source["potentialMinor"];
	        this.untappedMinor = source["untappedMinor"];
	        this.sharePct = source["sharePct"];
	        this.hasShare = source["hasShare"];
	        this.unpricedCompetitors = source["unpricedCompetitors"];
	    }
	}
	export class GridSummary {
	    lines: LineWallet[];
	    overall: LineWallet;
	
	    static createFrom(source: any = {}) {
	        return new GridSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.lines = this.convertValues(source["lines"], LineWallet);
	        this.overall = this.convertValues(source["overall"], LineWallet);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ServiceLine {
	    id: number;
	    name: string;
	    retired: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ServiceLine(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.retired = source["retired"];
	    }
	}
	export class Grid {
	    accountId: number;
	    lines: ServiceLine[];
	    divisions: Division[];
	    cells: Cell[];
	    summary: GridSummary;
	
	    static createFrom(source: any = {}) {
	        return new Grid(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountId = source["accountId"];
	        this.lines = this.convertValues(source["lines"], ServiceLine);
	        this.divisions = this.convertValues(source["divisions"], Division);
	        this.cells = this.convertValues(source["cells"], Cell);
	        this.summary = this.convertValues(source["summary"], GridSummary);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class HealthCounts {
	    green: number;
	    amber: number;
	    red: number;
	
	    static createFrom(source: any = {}) {
	        return new HealthCounts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.green = source["green"];
	        this.amber = source["amber"];
	        this.red = source["red"];
	    }
	}
	export class Load {
	    from: string;
	    to: string;
	    confirmed: number;
	    tentative: number;
	
	    static createFrom(source: any = {}) {
	        return new Load(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.confirmed = source["confirmed"];
	        this.tentative = source["tentative"];
	    }
	}
	export class HeatmapRow {
	    personId: number;
	    name: string;
	    weeks: Load[];
	
	    static createFrom(source: any = {}) {
	        return new HeatmapRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.personId = source["personId"];
	        this.name = source["name"];
	        this.weeks = this.convertValues(source["weeks"], Load);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Heatmap {
	    weeks: string[];
	    rows: HeatmapRow[];
	
	    static createFrom(source: any = {}) {
	        return new Heatmap(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.weeks = source["weeks"];
	        this.rows = this.convertValues(source["rows"], HeatmapRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class ImportBatch {
	    id: number;
	    kind: string;
	    source: string;
	    fileName: string;
	    sha256: string;
	    importedAt: string;
	    undoneAt: string;
	    created: number;
	    updated: number;
	    unchanged: number;
	    skipped: number;
	    failed: number;
	
	    static createFrom(source: any = {}) {
	        return new ImportBatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kind = source["kind"];
	        this.source = source["source"];
	        this.fileName = source["fileName"];
	        this.sha256 = source["sha256"];
	        this.importedAt = source["importedAt"];
	        this.undoneAt = source["undoneAt"];
	        this.created = source["created"];
	        this.updated = source["updated"];
	        this.unchanged = source["unchanged"];
	        this.skipped = source["skipped"];
	        this.failed = source["failed"];
	    }
	}
	export class ImportMapping {
	    kind: string;
	    source: string;
	    columns: Record<string, string>;
	    dateOrder: string;
	
	    static createFrom(source: any = {}) {
	        return new ImportMapping(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.source = source["source"];
	        this.columns = source["columns"];
	        this.dateOrder = source["dateOrder"];
	    }
	}
	export class ImportRowResult {
	    line: number;
	    action: string;
	    record: string;
	    changes?: FieldChange[];
	    column?: string;
	    reason?: string;
	    cells?: string[];
	
	    static createFrom(source: any = {}) {
	        return new ImportRowResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line = source["line"];
	        this.action = source["action"];
	        this.record = source["record"];
	        this.changes = this.convertValues(source["changes"], FieldChange);
	        this.column = source["column"];
	        this.reason = source["reason"];
	        this.cells = source["cells"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ImportResult {
	    batch: number;
	    kind: string;
	    source: string;
	    fileName: string;
	    header: string[];
	    created: number;
	    updated: number;
	    unchanged: number;
	    skipped: number;
	    failed: number;
	    rows: ImportRowResult[];
	    peopleHours: number;
	    peopleNotOnTeam: string[];
	
	    static createFrom(source: any = {}) {
	        return new ImportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.batch = source["batch"];
	        this.kind = source["kind"];
	        this.source = source["source"];
	        this.fileName = source["fileName"];
	        this.header = source["header"];
	        this.created = source["created"];
	        this.updated = source["updated"];
	        this.unchanged = source["unchanged"];
	        this.skipped = source["skipped"];
	        this.failed = source["failed"];
	        this.rows = this.convertValues(source["rows"], ImportRowResult);
	        this.peopleHours = source["peopleHours"];
	        this.peopleNotOnTeam = source["peopleNotOnTeam"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Influence {
	    stakeholderId: number;
	    strength: string;
	
	    static createFrom(source: any = {}) {
	        return new Influence(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stakeholderId = source["stakeholderId"];
	        this.strength = source["strength"];
	    }
	}
	export class Job {
	    id: number;
	    accountId: number;
	    number: string;
	    name: string;
	    status: string;
	    nextStep: string;
	    milestoneDate: string;
	
	    static createFrom(source: any = {}) {
	        return new Job(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.accountId = source["accountId"];
	        this.number = source["number"];
	        this.name = source["name"];
	        this.status = source["status"];
	        this.nextStep = source["nextStep"];
	        this.milestoneDate = source["milestoneDate"];
	    }
	}
	export class LeftOut {
	    what: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new LeftOut(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.what = source["what"];
	        this.count = source["count"];
	    }
	}
	
	
	export class LoggedHours {
	    accountId: number;
	    accountName: string;
	    month: string;
	    logged: number;
	    planned: number;
	
	    static createFrom(source: any = {}) {
	        return new LoggedHours(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.month = source["month"];
	        this.logged = source["logged"];
	        this.planned = source["planned"];
	    }
	}
	export class MonthFigures {
	    month: string;
	    revenueMinor: number;
	    costMinor: number;
	    writeOffMinor: number;
	    hoursUsed: number;
	
	    static createFrom(source: any = {}) {
	        return new MonthFigures(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.revenueMinor = source["revenueMinor"];
	        this.costMinor = source["costMinor"];
	        this.writeOffMinor = source["writeOffMinor"];
	        this.hoursUsed = source["hoursUsed"];
	    }
	}
	
	export class Objective {
	    key: string;
	    title: string;
	    kpi: string;
	    unit: string;
	    baseline: number;
	    target: number;
	    current: number;
	    cadence: string;
	    due: string;
	    owner: string;
	    ownerId: number;
	    status: string;
	
	    static createFrom(source: any = {}) {
	        return new Objective(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.title = source["title"];
	        this.kpi = source["kpi"];
	        this.unit = source["unit"];
	        this.baseline = source["baseline"];
	        this.target = source["target"];
	        this.current = source["current"];
	        this.cadence = source["cadence"];
	        this.due = source["due"];
	        this.owner = source["owner"];
	        this.ownerId = source["ownerId"];
	        this.status = source["status"];
	    }
	}
	export class Progress {
	    required: number;
	    done: number;
	    percent: number;
	    overdue: number;
	
	    static createFrom(source: any = {}) {
	        return new Progress(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.required = source["required"];
	        this.done = source["done"];
	        this.percent = source["percent"];
	        this.overdue = source["overdue"];
	    }
	}
	export class OnboardingTask {
	    id: number;
	    title: string;
	    description: string;
	    category: string;
	    ownerKind: string;
	    ownerPersonId: number;
	    ownerName: string;
	    due: string;
	    dueByHand: boolean;
	    optional: boolean;
	    state: string;
	    doneBy: string;
	    doneAt: string;
	    notes: string;
	    accountId: number;
	    overdue: boolean;
	
	    static createFrom(source: any = {}) {
	        return new OnboardingTask(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.description = source["description"];
	        this.category = source["category"];
	        this.ownerKind = source["ownerKind"];
	        this.ownerPersonId = source["ownerPersonId"];
	        this.ownerName = source["ownerName"];
	        this.due = source["due"];
	        this.dueByHand = source["dueByHand"];
	        this.optional = source["optional"];
	        this.state = source["state"];
	        this.doneBy = source["doneBy"];
	        this.doneAt = source["doneAt"];
	        this.notes = source["notes"];
	        this.accountId = source["accountId"];
	        this.overdue = source["overdue"];
	    }
	}
	export class Onboarding {
	    id: number;
	    personId: number;
	    personName: string;
	    templateName: string;
	    startDate: string;
	    buddyId: number;
	    buddyName: string;
	    managerName: string;
	    skipWeekends: boolean;
	    status: string;
	    closedReason: string;
	    tasks: OnboardingTask[];
	    progress: Progress;
	
	    static createFrom(source: any = {}) {
	        return new Onboarding(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.personId = source["personId"];
	        this.personName = source["personName"];
	        this.templateName = source["templateName"];
	        this.startDate = source["startDate"];
	        this.buddyId = source["buddyId"];
	        this.buddyName = source["buddyName"];
	        this.managerName = source["managerName"];
	        this.skipWeekends = source["skipWeekends"];
	        this.status = source["status"];
	        this.closedReason = source["closedReason"];
	        this.tasks = this.convertValues(source["tasks"], OnboardingTask);
	        this.progress = this.convertValues(source["progress"], Progress);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class OnboardingSummary {
	    id: number;
	    personId: number;
	    personName: string;
	    startDate: string;
	    status: string;
	    progress: Progress;
	
	    static createFrom(source: any = {}) {
	        return new OnboardingSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.personId = source["personId"];
	        this.personName = source["personName"];
	        this.startDate = source["startDate"];
	        this.status = source["status"];
	        this.progress = this.convertValues(source["progress"], Progress);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class TalkingPoint {
	    key: string;
	    text: string;
	    side: string;
	    done: boolean;
	    carriedFrom: string;
	
	    static createFrom(source: any = {}) {
	        return new TalkingPoint(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.text = source["text"];
	        this.side = source["side"];
	        this.done = source["done"];
	        this.carriedFrom = source["carriedFrom"];
	    }
	}
	export class OneOnOne {
	    id: number;
	    personId: number;
	    date: string;
	    points: TalkingPoint[];
	    sharedNotes: string;
	    privateNotes: string;
	    actions: OneOnOneAction[];
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new OneOnOne(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.personId = source["personId"];
	        this.date = source["date"];
	        this.points = this.convertValues(source["points"], TalkingPoint);
	        this.sharedNotes = source["sharedNotes"];
	        this.privateNotes = source["privateNotes"];
	        this.actions = this.convertValues(source["actions"], OneOnOneAction);
	        this.version = source["version"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class OneOnOneSummary {
	    id: number;
	    date: string;
	    points: number;
	    openPoints: number;
	    openActions: number;
	
	    static createFrom(source: any = {}) {
	        return new OneOnOneSummary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.date = source["date"];
	        this.points = source["points"];
	        this.openPoints = source["openPoints"];
	        this.openActions = source["openActions"];
	    }
	}
	export class Opportunity {
	    key: string;
	    title: string;
	    serviceLine: string;
	    type: string;
	    valueMinor: number;
	    probability: number;
	    stage: string;
	    expectedClose: string;
	    fromWhitespace: string;
	
	    static createFrom(source: any = {}) {
	        return new Opportunity(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.title = source["title"];
	        this.serviceLine = source["serviceLine"];
	        this.type = source["type"];
	        this.valueMinor = source["valueMinor"];
	        this.probability = source["probability"];
	        this.stage = source["stage"];
	        this.expectedClose = source["expectedClose"];
	        this.fromWhitespace = source["fromWhitespace"];
	    }
	}
	
	
	export class PackMonth {
	    month: string;
	    hours: number;
	
	    static createFrom(source: any = {}) {
	        return new PackMonth(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.hours = source["hours"];
	    }
	}
	export class PackHours {
	    used: number;
	    retainer: number;
	    months: number;
	    perMonth: PackMonth[];
	
	    static createFrom(source: any = {}) {
	        return new PackHours(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.used = source["used"];
	        this.retainer = source["retainer"];
	        this.months = source["months"];
	        this.perMonth = this.convertValues(source["perMonth"], PackMonth);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PackItem {
	    title: string;
	    date: string;
	    kind: string;
	
	    static createFrom(source: any = {}) {
	        return new PackItem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.date = source["date"];
	        this.kind = source["kind"];
	    }
	}
	
	export class PackObjective {
	    title: string;
	    kpi: string;
	    unit: string;
	    baseline: number;
	    target: number;
	    current: number;
	    progressPct: number;
	    achieved: boolean;
	    due: string;
	
	    static createFrom(source: any = {}) {
	        return new PackObjective(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.kpi = source["kpi"];
	        this.unit = source["unit"];
	        this.baseline = source["baseline"];
	        this.target = source["target"];
	        this.current = source["current"];
	        this.progressPct = source["progressPct"];
	        this.achieved = source["achieved"];
	        this.due = source["due"];
	    }
	}
	export class PeerCollected {
	    file: string;
	    added: boolean;
	    reviewer: string;
	    reason: string;
	    code: string;
	
	    static createFrom(source: any = {}) {
	        return new PeerCollected(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.added = source["added"];
	        this.reviewer = source["reviewer"];
	        this.reason = source["reason"];
	        this.code = source["code"];
	    }
	}
	export class PeerComment {
	    text: string;
	    by: string;
	    relationship: string;
	    rating: number;
	
	    static createFrom(source: any = {}) {
	        return new PeerComment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.by = source["by"];
	        this.relationship = source["relationship"];
	        this.rating = source["rating"];
	    }
	}
	export class PeerEmail {
	    reviewerId: number;
	    reviewer: string;
	    to: string;
	    form: string;
	    subject: string;
	    body: string;
	
	    static createFrom(source: any = {}) {
	        return new PeerEmail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.reviewerId = source["reviewerId"];
	        this.reviewer = source["reviewer"];
	        this.to = source["to"];
	        this.form = source["form"];
	        this.subject = source["subject"];
	        this.body = source["body"];
	    }
	}
	export class PeerFile {
	    name: string;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new PeerFile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.text = source["text"];
	    }
	}
	export class PeerQuestion {
	    key: string;
	    kind: string;
	    text: string;
	    competency: string;
	
	    static createFrom(source: any = {}) {
	        return new PeerQuestion(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.kind = source["kind"];
	        this.text = source["text"];
	        this.competency = source["competency"];
	    }
	}
	export class PeerQuestionResult {
	    key: string;
	    kind: string;
	    text: string;
	    competency: string;
	    mean: number;
	    count: number;
	    comments: PeerComment[];
	
	    static createFrom(source: any = {}) {
	        return new PeerQuestionResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.kind = source["kind"];
	        this.text = source["text"];
	        this.competency = source["competency"];
	        this.mean = source["mean"];
	        this.count = source["count"];
	        this.comments = this.convertValues(source["comments"], PeerComment);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PeerReviewer {
	    id: number;
	    name: string;
	    email: string;
	    relationship: string;
	    status: string;
	    answeredOn: string;
	    formFile: string;
	
	    static createFrom(source: any = {}) {
	        return new PeerReviewer(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.email = source["email"];
	        this.relationship = source["relationship"];
	        this.status = source["status"];
	        this.answeredOn = source["answeredOn"];
	        this.formFile = source["formFile"];
	    }
	}
	export class PeerRequest {
	    id: number;
	    token: string;
	    personId: number;
	    personName: string;
	    cycleId: number;
	    cycleName: string;
	    scale: Scale;
	    questions: PeerQuestion[];
	    due: string;
	    anonymous: boolean;
	    reviewers: PeerReviewer[];
	    created: string;
	    sent: string;
	
	    static createFrom(source: any = {}) {
	        return new PeerRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.token = source["token"];
	        this.personId = source["personId"];
	        this.personName = source["personName"];
	        this.cycleId = source["cycleId"];
	        this.cycleName = source["cycleName"];
	        this.scale = this.convertValues(source["scale"], Scale);
	        this.questions = this.convertValues(source["questions"], PeerQuestion);
	        this.due = source["due"];
	        this.anonymous = source["anonymous"];
	        this.reviewers = this.convertValues(source["reviewers"], PeerReviewer);
	        this.created = source["created"];
	        this.sent = source["sent"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PeerResults {
	    requestId: number;
	    anonymous: boolean;
	    asked: number;
	    answered: number;
	    due: string;
	    withheld: boolean;
	    questions: PeerQuestionResult[];
	
	    static createFrom(source: any = {}) {
	        return new PeerResults(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.requestId = source["requestId"];
	        this.anonymous = source["anonymous"];
	        this.asked = source["asked"];
	        this.answered = source["answered"];
	        this.due = source["due"];
	        this.withheld = source["withheld"];
	        this.questions = this.convertValues(source["questions"], PeerQuestionResult);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class PeriodFeedback {
	    from: string;
	    to: string;
	    notes: FeedbackNote[];
	    actions: ActionItem[];
	
	    static createFrom(source: any = {}) {
	        return new PeriodFeedback(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.notes = this.convertValues(source["notes"], FeedbackNote);
	        this.actions = this.convertValues(source["actions"], ActionItem);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Person {
	    id: number;
	    name: string;
	    email: string;
	    role: string;
	    reportsTo: number;
	    startDate: string;
	    endDate: string;
	    status: string;
	    location: string;
	    capacityHoursPerWeek: number;
	    skills: string[];
	    notes: string;
	    version: number;
	    you: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Person(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.email = source["email"];
	        this.role = source["role"];
	        this.reportsTo = source["reportsTo"];
	        this.startDate = source["startDate"];
	        this.endDate = source["endDate"];
	        this.status = source["status"];
	        this.location = source["location"];
	        this.capacityHoursPerWeek = source["capacityHoursPerWeek"];
	        this.skills = source["skills"];
	        this.notes = source["notes"];
	        this.version = source["version"];
	        this.you = source["you"];
	    }
	}
	export class Pipeline {
	    openMinor: number;
	    weightedMinor: number;
	    wonMinor: number;
	    targetMinor: number;
	    coveragePct: number;
	    byStage: Record<string, number>;
	
	    static createFrom(source: any = {}) {
	        return new Pipeline(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.openMinor = source["openMinor"];
	        this.weightedMinor = source["weightedMinor"];
	        this.wonMinor = source["wonMinor"];
	        this.targetMinor = source["targetMinor"];
	        this.coveragePct = source["coveragePct"];
	        this.byStage = source["byStage"];
	    }
	}
	export class Risk {
	    key: string;
	    title: string;
	    category: string;
	    likelihood: number;
	    impact: number;
	    mitigation: string;
	    owner: string;
	    ownerId: number;
	    status: string;
	
	    static createFrom(source: any = {}) {
	        return new Risk(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.title = source["title"];
	        this.category = source["category"];
	        this.likelihood = source["likelihood"];
	        this.impact = source["impact"];
	        this.mitigation = source["mitigation"];
	        this.owner = source["owner"];
	        this.ownerId = source["ownerId"];
	        this.status = source["status"];
	    }
	}
	export class Plan {
	    id: number;
	    accountId: number;
	    period: string;
	    version: number;
	    status: string;
	    planType: string;
	    templateId: number;
	    templateVersion: number;
	    executiveSummary: string;
	    vision: string;
	    priorities: string[];
	    strengths: string[];
	    weaknesses: string[];
	    swotOpportunities: string[];
	    threats: string[];
	    competitors: string[];
	    revenueTargetMinor: number;
	    growthTargetPct: number;
	    objectives: Objective[];
	    opportunities: Opportunity[];
	    risks: Risk[];
	    actions: Action[];
	    approvedAt: string;
	    updatedAt: string;
	    rowVersion: number;
	    accountName: string;
	    pipeline: Pipeline;
	    completeness: Completeness;
	
	    static createFrom(source: any = {}) {
	        return new Plan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.accountId = source["accountId"];
	        this.period = source["period"];
	        this.version = source["version"];
	        this.status = source["status"];
	        this.planType = source["planType"];
	        this.templateId = source["templateId"];
	        this.templateVersion = source["templateVersion"];
	        this.executiveSummary = source["executiveSummary"];
	        this.vision = source["vision"];
	        this.priorities = source["priorities"];
	        this.strengths = source["strengths"];
	        this.weaknesses = source["weaknesses"];
	        this.swotOpportunities = source["swotOpportunities"];
	        this.threats = source["threats"];
	        this.competitors = source["competitors"];
	        this.revenueTargetMinor = source["revenueTargetMinor"];
	        this.growthTargetPct = source["growthTargetPct"];
	        this.objectives = this.convertValues(source["objectives"], Objective);
	        this.opportunities = this.convertValues(source["opportunities"], Opportunity);
	        this.risks = this.convertValues(source["risks"], Risk);
	        this.actions = this.convertValues(source["actions"], Action);
	        this.approvedAt = source["approvedAt"];
	        this.updatedAt = source["updatedAt"];
	        this.rowVersion = source["rowVersion"];
	        this.accountName = source["accountName"];
	        this.pipeline = this.convertValues(source["pipeline"], Pipeline);
	        this.completeness = this.convertValues(source["completeness"], Completeness);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SuggestedObjective {
	    title: string;
	    kpi: string;
	    unit: string;
	    cadence: string;
	
	    static createFrom(source: any = {}) {
	        return new SuggestedObjective(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.kpi = source["kpi"];
	        this.unit = source["unit"];
	        this.cadence = source["cadence"];
	    }
	}
	export class TemplateSection {
	    key: string;
	    questions: string[];
	    counts: boolean;
	
	    static createFrom(source: any = {}) {
	        return new TemplateSection(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.questions = source["questions"];
	        this.counts = source["counts"];
	    }
	}
	export class PlanTemplate {
	    id: number;
	    name: string;
	    type: string;
	    version: number;
	    builtIn: boolean;
	    description: string;
	    sections: TemplateSection[];
	    objectives: SuggestedObjective[];
	    savedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new PlanTemplate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.type = source["type"];
	        this.version = source["version"];
	        this.builtIn = source["builtIn"];
	        this.description = source["description"];
	        this.sections = this.convertValues(source["sections"], TemplateSection);
	        this.objectives = this.convertValues(source["objectives"], SuggestedObjective);
	        this.savedAt = source["savedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PlanVersion {
	    id: number;
	    period: string;
	    version: number;
	    status: string;
	    approvedAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new PlanVersion(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.period = source["period"];
	        this.version = source["version"];
	        this.status = source["status"];
	        this.approvedAt = source["approvedAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class StageValue {
	    stage: string;
	    valueMinor: number;
	    weightedMinor: number;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new StageValue(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stage = source["stage"];
	        this.valueMinor = source["valueMinor"];
	        this.weightedMinor = source["weightedMinor"];
	        this.count = source["count"];
	    }
	}
	export class RiskRow {
	    accountId: number;
	    accountName: string;
	    risk: Risk;
	    score: number;
	
	    static createFrom(source: any = {}) {
	        return new RiskRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.risk = this.convertValues(source["risk"], Risk);
	        this.score = source["score"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class QBRDueAccount {
	    accountId: number;
	    accountName: string;
	    qbr: QBRDue;
	
	    static createFrom(source: any = {}) {
	        return new QBRDueAccount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.qbr = this.convertValues(source["qbr"], QBRDue);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Renewal {
	    accountId: number;
	    accountName: string;
	    renewalDate: string;
	    health: string;
	
	    static createFrom(source: any = {}) {
	        return new Renewal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.renewalDate = source["renewalDate"];
	        this.health = source["health"];
	    }
	}
	export class Portfolio {
	    today: string;
	    accountCount: number;
	    fiscalYear: FiscalYear;
	    revenueYtdMinor: number;
	    targetYtdMinor: number;
	    revenueWithTargetMinor: number;
	    accountsWithTarget: number;
	    marginYtdPct: number;
	    quarter: string;
	    health: HealthCounts;
	    renewals: Renewal[];
	    qbrs: QBRDueAccount[];
	    renewalCount: number;
	    qbrCount: number;
	    qbrOverdueCount: number;
	    highRisks: RiskRow[];
	    overdueActions: ActionRow[];
	    revenueByAccount: AccountRevenue[];
	    pipelineByStage: StageValue[];
	
	    static createFrom(source: any = {}) {
	        return new Portfolio(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.today = source["today"];
	        this.accountCount = source["accountCount"];
	        this.fiscalYear = this.convertValues(source["fiscalYear"], FiscalYear);
	        this.revenueYtdMinor = source["revenueYtdMinor"];
	        this.targetYtdMinor = source["targetYtdMinor"];
	        this.revenueWithTargetMinor = source["revenueWithTargetMinor"];
	        this.accountsWithTarget = source["accountsWithTarget"];
	        this.marginYtdPct = source["marginYtdPct"];
	        this.quarter = source["quarter"];
	        this.health = this.convertValues(source["health"], HealthCounts);
	        this.renewals = this.convertValues(source["renewals"], Renewal);
	        this.qbrs = this.convertValues(source["qbrs"], QBRDueAccount);
	        this.renewalCount = source["renewalCount"];
	        this.qbrCount = source["qbrCount"];
	        this.qbrOverdueCount = source["qbrOverdueCount"];
	        this.highRisks = this.convertValues(source["highRisks"], RiskRow);
	        this.overdueActions = this.convertValues(source["overdueActions"], ActionRow);
	        this.revenueByAccount = this.convertValues(source["revenueByAccount"], AccountRevenue);
	        this.pipelineByStage = this.convertValues(source["pipelineByStage"], StageValue);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class QBRAttendee {
	    stakeholderId: number;
	    name: string;
	    decisionMaker: boolean;
	
	    static createFrom(source: any = {}) {
	        return new QBRAttendee(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stakeholderId = source["stakeholderId"];
	        this.name = source["name"];
	        this.decisionMaker = source["decisionMaker"];
	    }
	}
	export class QBR {
	    id: number;
	    accountId: number;
	    date: string;
	    format: string;
	    attendees: QBRAttendee[];
	    progress: string;
	    issues: string;
	    initiatives: string;
	    nextSteps: string;
	
	    static createFrom(source: any = {}) {
	        return new QBR(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.accountId = source["accountId"];
	        this.date = source["date"];
	        this.format = source["format"];
	        this.attendees = this.convertValues(source["attendees"], QBRAttendee);
	        this.progress = source["progress"];
	        this.issues = source["issues"];
	        this.initiatives = source["initiatives"];
	        this.nextSteps = source["nextSteps"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	export class QBRPack {
	    agency: string;
	    client: string;
	    quarter: string;
	    quarterText: string;
	    from: string;
	    to: string;
	    generated: string;
	    planPeriod: string;
	    objectives: PackObjective[];
	    delivered: PackItem[];
	    next: PackItem[];
	    agreed: string;
	    agreedOn: string;
	    hours?: PackHours;
	
	    static createFrom(source: any = {}) {
	        return new QBRPack(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.agency = source["agency"];
	        this.client = source["client"];
	        this.quarter = source["quarter"];
	        this.quarterText = source["quarterText"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.generated = source["generated"];
	        this.planPeriod = source["planPeriod"];
	        this.objectives = this.convertValues(source["objectives"], PackObjective);
	        this.delivered = this.convertValues(source["delivered"], PackItem);
	        this.next = this.convertValues(source["next"], PackItem);
	        this.agreed = source["agreed"];
	        this.agreedOn = source["agreedOn"];
	        this.hours = this.convertValues(source["hours"], PackHours);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class QBRPackOptions {
	    quarter: string;
	    hours: boolean;
	
	    static createFrom(source: any = {}) {
	        return new QBRPackOptions(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.quarter = source["quarter"];
	        this.hours = source["hours"];
	    }
	}
	export class QBRPackPreview {
	    pack: QBRPack;
	    leftOut: LeftOut[];
	    leftOutText: string;
	    pdfName: string;
	    htmlName: string;
	
	    static createFrom(source: any = {}) {
	        return new QBRPackPreview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.pack = this.convertValues(source["pack"], QBRPack);
	        this.leftOut = this.convertValues(source["leftOut"], LeftOut);
	        this.leftOutText = source["leftOutText"];
	        this.pdfName = source["pdfName"];
	        this.htmlName = source["htmlName"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Relations {
	    stakeholderId: number;
	    reportsToId: number;
	    ownerId: number;
	    left: boolean;
	    replacedById: number;
	    influences: Influence[];
	
	    static createFrom(source: any = {}) {
	        return new Relations(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stakeholderId = source["stakeholderId"];
	        this.reportsToId = source["reportsToId"];
	        this.ownerId = source["ownerId"];
	        this.left = source["left"];
	        this.replacedById = source["replacedById"];
	        this.influences = this.convertValues(source["influences"], Influence);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RelationshipWarning {
	    kind: string;
	    stakeholderId: number;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new RelationshipWarning(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.stakeholderId = source["stakeholderId"];
	        this.message = source["message"];
	    }
	}
	export class Stakeholder {
	    id: number;
	    accountId: number;
	    name: string;
	    title: string;
	    email: string;
	    phone: string;
	    role: string;
	    influence: number;
	    sentiment: string;
	    relationshipNow: string;
	    relationshipTarget: string;
	    lastContact: string;
	    notes: string;
	
	    static createFrom(source: any = {}) {
	        return new Stakeholder(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.accountId = source["accountId"];
	        this.name = source["name"];
	        this.title = source["title"];
	        this.email = source["email"];
	        this.phone = source["phone"];
	        this.role = source["role"];
	        this.influence = source["influence"];
	        this.sentiment = source["sentiment"];
	        this.relationshipNow = source["relationshipNow"];
	        this.relationshipTarget = source["relationshipTarget"];
	        this.lastContact = source["lastContact"];
	        this.notes = source["notes"];
	    }
	}
	export class RelationshipMap {
	    accountId: number;
	    people: Stakeholder[];
	    relations: Relations[];
	    warnings: RelationshipWarning[];
	
	    static createFrom(source: any = {}) {
	        return new RelationshipMap(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.accountId = source["accountId"];
	        this.people = this.convertValues(source["people"], Stakeholder);
	        this.relations = this.convertValues(source["relations"], Relations);
	        this.warnings = this.convertValues(source["warnings"], RelationshipWarning);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	
	export class RollupRisk {
	    director: string;
	    account: string;
	    title: string;
	    score: number;
	
	    static createFrom(source: any = {}) {
	        return new RollupRisk(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.director = source["director"];
	        this.account = source["account"];
	        this.title = source["title"];
	        this.score = source["score"];
	    }
	}
	export class RollupTotal {
	    currency: string;
	    directors: number;
	    accounts: number;
	    revenueYtdMinor: number;
	    targetYtdMinor: number;
	    qbrsDue: number;
	    highRisks: number;
	
	    static createFrom(source: any = {}) {
	        return new RollupTotal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.currency = source["currency"];
	        this.directors = source["directors"];
	        this.accounts = source["accounts"];
	        this.revenueYtdMinor = source["revenueYtdMinor"];
	        this.targetYtdMinor = source["targetYtdMinor"];
	        this.qbrsDue = source["qbrsDue"];
	        this.highRisks = source["highRisks"];
	    }
	}
	export class RollupRow {
	    director: string;
	    workspaceId: string;
	    agency: string;
	    file: string;
	    generatedAt: string;
	    currency: string;
	    accounts: number;
	    revenueYtdMinor: number;
	    targetYtdMinor: number;
	    marginYtdPct: number;
	    green: number;
	    amber: number;
	    red: number;
	    qbrsDue: number;
	    highRisks: number;
	
	    static createFrom(source: any = {}) {
	        return new RollupRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.director = source["director"];
	        this.workspaceId = source["workspaceId"];
	        this.agency = source["agency"];
	        this.file = source["file"];
	        this.generatedAt = source["generatedAt"];
	        this.currency = source["currency"];
	        this.accounts = source["accounts"];
	        this.revenueYtdMinor = source["revenueYtdMinor"];
	        this.targetYtdMinor = source["targetYtdMinor"];
	        this.marginYtdPct = source["marginYtdPct"];
	        this.green = source["green"];
	        this.amber = source["amber"];
	        this.red = source["red"];
	        this.qbrsDue = source["qbrsDue"];
	        this.highRisks = source["highRisks"];
	    }
	}
	export class Rollup {
	    folder: string;
	    directors: RollupRow[];
	    totals: RollupTotal[];
	    topRisks: RollupRisk[];
	    skipped: string[];
	
	    static createFrom(source: any = {}) {
	        return new Rollup(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.folder = source["folder"];
	        this.directors = this.convertValues(source["directors"], RollupRow);
	        this.totals = this.convertValues(source["totals"], RollupTotal);
	        this.topRisks = this.convertValues(source["topRisks"], RollupRisk);
	        this.skipped = source["skipped"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	export class RosterRow {
	    id: number;
	    name: string;
	    email: string;
	    role: string;
	    reportsTo: number;
	    startDate: string;
	    endDate: string;
	    status: string;
	    location: string;
	    capacityHoursPerWeek: number;
	    skills: string[];
	    notes: string;
	    version: number;
	    you: boolean;
	    reportsToName: string;
	    thisMonth: Load;
	    accounts: string[];
	    over: OverSpan[];
	    overAllocated: boolean;
	
	    static createFrom(source: any = {}) {
	        return new RosterRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.email = source["email"];
	        this.role = source["role"];
	        this.reportsTo = source["reportsTo"];
	        this.startDate = source["startDate"];
	        this.endDate = source["endDate"];
	        this.status = source["status"];
	        this.location = source["location"];
	        this.capacityHoursPerWeek = source["capacityHoursPerWeek"];
	        this.skills = source["skills"];
	        this.notes = source["notes"];
	        this.version = source["version"];
	        this.you = source["you"];
	        this.reportsToName = source["reportsToName"];
	        this.thisMonth = this.convertValues(source["thisMonth"], Load);
	        this.accounts = source["accounts"];
	        this.over = this.convertValues(source["over"], OverSpan);
	        this.overAllocated = source["overAllocated"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Schedule {
	    personId: number;
	    personName: string;
	    cadence: string;
	    since: string;
	    lastHeld: string;
	    nextDue: string;
	    overdue: boolean;
	    daysOverdue: number;
	
	    static createFrom(source: any = {}) {
	        return new Schedule(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.personId = source["personId"];
	        this.personName = source["personName"];
	        this.cadence = source["cadence"];
	        this.since = source["since"];
	        this.lastHeld = source["lastHeld"];
	        this.nextDue = source["nextDue"];
	        this.overdue = source["overdue"];
	        this.daysOverdue = source["daysOverdue"];
	    }
	}
	export class SearchHit {
	    kind: string;
	    accountId: number;
	    accountName: string;
	    planId: number;
	    itemId: number;
	    title: string;
	    snippet: string;
	
	    static createFrom(source: any = {}) {
	        return new SearchHit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.accountId = source["accountId"];
	        this.accountName = source["accountName"];
	        this.planId = source["planId"];
	        this.itemId = source["itemId"];
	        this.title = source["title"];
	        this.snippet = source["snippet"];
	    }
	}
	
	export class Settings {
	    agencyName: string;
	    directorName: string;
	    directorPersonId: number;
	    currency: string;
	    fiscalYearStartMonth: number;
	    qbrThresholdMinor: number;
	    theme: string;
	    skipWeekends: boolean;
	    backupsToKeep: number;
	    csvStyle: string;
	
	    static createFrom(source: any = {}) {
	        return new Settings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.agencyName = source["agencyName"];
	        this.directorName = source["directorName"];
	        this.directorPersonId = source["directorPersonId"];
	        this.currency = source["currency"];
	        this.fiscalYearStartMonth = source["fiscalYearStartMonth"];
	        this.qbrThresholdMinor = source["qbrThresholdMinor"];
	        this.theme = source["theme"];
	        this.skipWeekends = source["skipWeekends"];
	        this.backupsToKeep = source["backupsToKeep"];
	        this.csvStyle = source["csvStyle"];
	    }
	}
	
	
	export class StakeholderEntry {
	    stakeholder: Stakeholder;
	    relations: Relations;
	
	    static createFrom(source: any = {}) {
	        return new StakeholderEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.stakeholder = this.convertValues(source["stakeholder"], Stakeholder);
	        this.relations = this.convertValues(source["relations"], Relations);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class TaskUpdate {
	    taskId: number;
	    state: string;
	    notes: string;
	    by: string;
	
	    static createFrom(source: any = {}) {
	        return new TaskUpdate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.taskId = source["taskId"];
	        this.state = source["state"];
	        this.notes = source["notes"];
	        this.by = source["by"];
	    }
	}
	export class TeamAttention {
	    overAllocated: RosterRow[];
	    overAllocatedCount: number;
	    uncovered: Coverage[];
	    uncoveredCount: number;
	
	    static createFrom(source: any = {}) {
	        return new TeamAttention(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.overAllocated = this.convertValues(source["overAllocated"], RosterRow);
	        this.overAllocatedCount = source["overAllocatedCount"];
	        this.uncovered = this.convertValues(source["uncovered"], Coverage);
	        this.uncoveredCount = source["uncoveredCount"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TeamOverview {
	    roster: RosterRow[];
	    coverage: Coverage[];
	    overAllocated: RosterRow[];
	    uncovered: Coverage[];
	    heatmap: Heatmap;
	
	    static createFrom(source: any = {}) {
	        return new TeamOverview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.roster = this.convertValues(source["roster"], RosterRow);
	        this.coverage = this.convertValues(source["coverage"], Coverage);
	        this.overAllocated = this.convertValues(source["overAllocated"], RosterRow);
	        this.uncovered = this.convertValues(source["uncovered"], Coverage);
	        this.heatmap = this.convertValues(source["heatmap"], Heatmap);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TemplateTask {
	    key: string;
	    title: string;
	    description: string;
	    category: string;
	    ownerKind: string;
	    ownerPersonId: number;
	    offsetDays: number;
	    optional: boolean;
	
	    static createFrom(source: any = {}) {
	        return new TemplateTask(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.title = source["title"];
	        this.description = source["description"];
	        this.category = source["category"];
	        this.ownerKind = source["ownerKind"];
	        this.ownerPersonId = source["ownerPersonId"];
	        this.offsetDays = source["offsetDays"];
	        this.optional = source["optional"];
	    }
	}
	export class Template {
	    id: number;
	    name: string;
	    forRole: string;
	    description: string;
	    archived: boolean;
	    builtIn: boolean;
	    tasks: TemplateTask[];
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new Template(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.forRole = source["forRole"];
	        this.description = source["description"];
	        this.archived = source["archived"];
	        this.builtIn = source["builtIn"];
	        this.tasks = this.convertValues(source["tasks"], TemplateTask);
	        this.version = source["version"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	export class UndoLeft {
	    record: string;
	    fields?: string[];
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new UndoLeft(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.record = source["record"];
	        this.fields = source["fields"];
	        this.reason = source["reason"];
	    }
	}
	export class UndoResult {
	    batch: number;
	    removed: number;
	    restored: number;
	    left: UndoLeft[];
	
	    static createFrom(source: any = {}) {
	        return new UndoResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.batch = source["batch"];
	        this.removed = source["removed"];
	        this.restored = source["restored"];
	        this.left = this.convertValues(source["left"], UndoLeft);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class WorkspaceInfo {
	    path: string;
	    sizeBytes: number;
	    schemaVersion: number;
	    createdAt: string;
	    logPath: string;
	
	    static createFrom(source: any = {}) {
	        return new WorkspaceInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.sizeBytes = source["sizeBytes"];
	        this.schemaVersion = source["schemaVersion"];
	        this.createdAt = source["createdAt"];
	        this.logPath = source["logPath"];
	    }
	}

}

